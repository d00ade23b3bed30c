package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.OneThingProtocol;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The control host ({@code control.onethingpcs.com}); GETs signed with the session id as key. */
@RegisterRestClient(configKey = "onething-control")
@RegisterProvider(OneThingSigningFilter.class)
@ClientHeaderParam(name = "User-Agent", value = OneThingProtocol.USER_AGENT)
@Produces(MediaType.WILDCARD)
public interface OneThingControlClient {

    @GET
    @Path("/listPeer")
    Uni<String> listPeer(@QueryParam("X-LICENCE-PUB") int licencePub, @QueryParam("appversion") String appVersion,
            @QueryParam("ct") int clientType, @QueryParam("userid") String userIdQuery, @QueryParam("v") int apiVersion,
            @CookieParam("sessionid") String sessionId, @CookieParam("userid") String userId);

    @GET
    @Path("/getUSBInfo")
    Uni<String> usbInfo(@QueryParam("appversion") String appVersion, @QueryParam("ct") int clientType,
            @QueryParam("deviceid") String deviceId, @QueryParam("v") int apiVersion,
            @CookieParam("sessionid") String sessionId, @CookieParam("userid") String userId);
}
