package com.jkcloud.monitor.notify.push;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.jkcloud.monitor.notify.provider.ProviderHttpError;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** 极光推送 v3 ({@code monitor.push.jpush.url}). */
@RegisterRestClient(configKey = "push-jpush")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface JPushClient {

    @POST
    @Path("/v3/push")
    Uni<String> push(@HeaderParam("Authorization") String authorization, JPushMessage message);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }

    record JPushMessage(String platform, Audience audience, Notification notification) {
        record Audience(@JsonProperty("registration_id") List<String> registrationIds) {
        }

        record Notification(String alert, Android android, Ios ios) {
        }

        record Android(String title, String alert) {
        }

        record Ios(String alert) {
        }
    }
}
