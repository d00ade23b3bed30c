package com.jkcloud.monitor.notify.provider;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** 企业微信群机器人 ({@code monitor.notify.wecom.url}). */
@RegisterRestClient(configKey = "notify-wecom")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface WeComClient {

    @POST
    @Path("/cgi-bin/webhook/send")
    Uni<String> send(@QueryParam("key") String key, WeComMessage message);

    record WeComMessage(String msgtype, Markdown markdown) {
        record Markdown(String content) {
        }
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
