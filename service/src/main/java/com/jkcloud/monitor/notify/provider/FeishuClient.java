package com.jkcloud.monitor.notify.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
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

/** 飞书群机器人 ({@code monitor.notify.feishu.url}). */
@RegisterRestClient(configKey = "notify-feishu")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface FeishuClient {

    @POST
    @Path("/open-apis/bot/v2/hook/{hookToken}")
    Uni<String> send(@PathParam("hookToken") String hookToken, FeishuMessage message);

    /** {@code timestamp} and {@code sign} are left out (null) for a bot without signature verification. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FeishuMessage(String timestamp, String sign, @JsonProperty("msg_type") String msgType,
                         Content content) {
        record Content(String text) {
        }
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
