package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.OneThingProtocol;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The account host ({@code account.onethingpcs.com}). Bodies are read as text because upstream labels its
 * JSON {@code text/html}; {@link UpstreamAnswers} parses them. {@link OneThingSigningFilter} adds {@code sign}.
 */
@RegisterRestClient(configKey = "onething-account")
@RegisterProvider(OneThingSigningFilter.class)
@ClientHeaderParam(name = "User-Agent", value = OneThingProtocol.USER_AGENT)
@Produces(MediaType.WILDCARD)
public interface OneThingAccountClient {

    @POST
    @Path("/user/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<RestResponse<String>> loginWithPhone(@QueryParam("appversion") String appVersion,
            @FormParam("deviceid") String deviceId, @FormParam("imeiid") String imeiId, @FormParam("pwd") String pwd,
            @FormParam("account_type") int accountType, @FormParam("phone") String phone);

    @POST
    @Path("/user/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<RestResponse<String>> loginWithMail(@QueryParam("appversion") String appVersion,
            @FormParam("deviceid") String deviceId, @FormParam("imeiid") String imeiId, @FormParam("pwd") String pwd,
            @FormParam("account_type") int accountType, @FormParam("mail") String mail,
            @FormParam("phone_area") String phoneArea);

    /** {@code lastMonth} is {@code 0} for the current month, else the {@code data.month} key of a previous answer. */
    @POST
    @Path("/wkb/income-history")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<String> incomeHistory(@QueryParam("appversion") String appVersionQuery,
            @FormParam("appversion") String appVersion, @FormParam("last_month") String lastMonth,
            @CookieParam("sessionid") String sessionId, @CookieParam("userid") String userId,
            @CookieParam("origin") String origin);

    @POST
    @Path("/wkb/outcome-history")
    Uni<String> outcomeHistory(@QueryParam("page") int page,
            @CookieParam("sessionid") String sessionId, @CookieParam("userid") String userId,
            @CookieParam("origin") String origin);

    @POST
    @Path("/info/query")
    Uni<String> marketInfo();

    @POST
    @Path("/wkb/draw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<String> draw(@QueryParam("appversion") String appVersionQuery,
            @FormParam("gasType") int gasType, @FormParam("appversion") String appVersion,
            @FormParam("drawWkb") String amount,
            @CookieParam("origin") String origin, @CookieParam("sessionid") String sessionId,
            @CookieParam("userid") String userId, @CookieParam("peerid") String peerId);
}
