package com.jkcloud.monitor.notify.provider;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** PushPlus ({@code monitor.notify.pushplus.url}). */
@RegisterRestClient(configKey = "notify-pushplus")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface PushPlusClient {

    @POST
    @Path("/send")
    Uni<String> send(PushPlusMessage message);

    record PushPlusMessage(String token, String title, String content, String template) {
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
