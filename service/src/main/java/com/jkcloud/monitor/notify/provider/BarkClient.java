package com.jkcloud.monitor.notify.provider;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Bark ({@code monitor.notify.bark.url}). */
@RegisterRestClient(configKey = "notify-bark")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface BarkClient {

    @POST
    @Path("/push")
    Uni<String> push(BarkMessage message);

    record BarkMessage(@JsonProperty("device_key") String deviceKey, String title,
                       String body, String group) {
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
