package com.jkcloud.monitor.notify.provider;

import com.fasterxml.jackson.annotation.JsonProperty;
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

/** The Telegram Bot API ({@code monitor.notify.telegram.url}). */
@RegisterRestClient(configKey = "notify-telegram")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface TelegramClient {

    @POST
    @Path("/bot{botToken}/sendMessage")
    Uni<String> sendMessage(@PathParam("botToken") String botToken, TelegramMessage message);

    record TelegramMessage(@JsonProperty("chat_id") String chatId, String text) {
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
