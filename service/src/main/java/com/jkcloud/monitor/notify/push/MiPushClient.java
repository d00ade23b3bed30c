package com.jkcloud.monitor.notify.push;

import com.jkcloud.monitor.notify.provider.ProviderHttpError;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** 小米推送 v3 ({@code monitor.push.mipush.url}): a form post to registration ids. */
@RegisterRestClient(configKey = "push-mipush")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.WILDCARD)
public interface MiPushClient {

    @POST
    @Path("/v3/message/regid")
    Uni<String> sendToRegistrationIds(@HeaderParam("Authorization") String authorization,
            @FormParam("registration_id") String registrationIds,
            @FormParam("restricted_package_name") String packageName,
            @FormParam("title") String title,
            @FormParam("description") String description,
            @FormParam("payload") String payload,
            @FormParam("pass_through") int passThrough,
            @FormParam("notify_type") int notifyType);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
