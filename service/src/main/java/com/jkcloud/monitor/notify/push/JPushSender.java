package com.jkcloud.monitor.notify.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.NotifyConfig;
import com.jkcloud.monitor.notify.provider.ProviderHttpError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * 极光推送: Basic auth with appKey:masterSecret, at most 1000 registration ids a call; success is HTTP 200 with a
 * {@code msg_id}. Error 1011 ("cannot find user by this audience") means none of the ids can be reached any more.
 */
@ApplicationScoped
public class JPushSender implements AppPushSender {

    static final int MAX_IDS_PER_CALL = 1000;
    private static final int NO_SUCH_AUDIENCE = 1011;
    private static final int MAX_TITLE_CHARS = 50;
    private static final int MAX_ALERT_BYTES = 1000;
    private static final String PROVIDER = "JPush";

    private final JPushClient client;
    private final PushConfig config;
    private final NotifyConfig notifyConfig;

    public JPushSender(@RestClient JPushClient client, PushConfig config, NotifyConfig notifyConfig) {
        this.client = client;
        this.config = config;
        this.notifyConfig = notifyConfig;
    }

    @Override
    public PushConfig.Provider provider() {
        return PushConfig.Provider.JPUSH;
    }

    @Override
    public Uni<PushResult> send(List<String> registrationIds, Notification notification) {
        String credentials = PushAnswers.required(config.jpush().appKey(), "monitor.push.jpush.app-key")
                + ":" + PushAnswers.required(config.jpush().masterSecret(), "monitor.push.jpush.master-secret");
        String authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        String title = NotificationText.title(notification, MAX_TITLE_CHARS);
        String alert = NotificationText.plain(notification, MAX_ALERT_BYTES);
        List<Uni<PushResult>> batches = new ArrayList<>();
        for (int from = 0; from < registrationIds.size(); from += MAX_IDS_PER_CALL) {
            List<String> batch = registrationIds.subList(from, Math.min(registrationIds.size(), from + MAX_IDS_PER_CALL));
            var message = new JPushClient.JPushMessage("all", new JPushClient.JPushMessage.Audience(batch),
                    new JPushClient.JPushMessage.Notification(alert, new JPushClient.JPushMessage.Android(title, alert),
                            new JPushClient.JPushMessage.Ios(alert)));
            batches.add(PushAnswers.send(client.push(authorization, message), notifyConfig.timeout(), PROVIDER,
                    JPushSender::expectMessageId, failure -> refused(failure, batch)));
        }
        if (batches.isEmpty()) {
            return Uni.createFrom().item(PushResult.accepted(List.of()));
        }
        return Uni.join().all(batches).andFailFast().map(JPushSender::combine);
    }

    private static PushResult expectMessageId(String body) {
        JsonNode answer = PushAnswers.read(body, PROVIDER);
        if (answer.path("msg_id").asText("").isEmpty()) {
            throw new DeliveryFailure("JPush: no msg_id in the answer");
        }
        return PushResult.accepted(List.of());
    }

    private static PushResult refused(ProviderHttpError failure, List<String> batch) {
        JsonNode error = PushAnswers.read(failure.body(), PROVIDER).path("error");
        String text = "JPush " + error.path("code").asText(String.valueOf(failure.status())) + ": " + error.path("message").asText("");
        if (error.path("code").asInt() == NO_SUCH_AUDIENCE) {
            return PushResult.allInvalid(batch, text);
        }
        throw new DeliveryFailure(text);
    }

    private static PushResult combine(List<PushResult> results) {
        List<String> invalid = results.stream().flatMap(result -> result.invalidRegistrationIds().stream()).toList();
        boolean anyAccepted = results.stream().anyMatch(PushResult::accepted);
        String error = results.stream().map(PushResult::error).filter(Objects::nonNull).findFirst().orElse(null);
        return new PushResult(anyAccepted, invalid, anyAccepted ? null : error);
    }
}
