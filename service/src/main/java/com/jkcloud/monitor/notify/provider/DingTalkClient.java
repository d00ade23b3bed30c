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

/** 钉钉群机器人 ({@code monitor.notify.dingtalk.url}); {@code timestamp} and {@code sign} only for a signing robot. */
@RegisterRestClient(configKey = "notify-dingtalk")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.WILDCARD)
public interface DingTalkClient {

    @POST
    @Path("/robot/send")
    Uni<String> send(@QueryParam("access_token") String accessToken, @QueryParam("timestamp") String timestamp,
            @QueryParam("sign") String sign, DingTalkMessage message);

    record DingTalkMessage(String msgtype, Markdown markdown) {
        record Markdown(String title, String text) {
        }
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProviderHttpError.of(response);
    }
}
