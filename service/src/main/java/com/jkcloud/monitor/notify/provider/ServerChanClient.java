package com.jkcloud.monitor.notify.provider;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Server酱 ({@code monitor.notify.serverchan.url}). */
@RegisterRestClient(configKey = "notify-serverchan")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface ServerChanClient {

    @POST
    @Path("/{sendKey}.send")
    Uni<String> send(@PathParam("sendKey") String sendKey, ServerChanMessage message);

    record ServerChanMessage(String title, String desp) {
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
