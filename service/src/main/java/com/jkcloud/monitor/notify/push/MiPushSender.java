package com.jkcloud.monitor.notify.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.NotifyConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Arrays;
import java.util.List;

/**
 * 小米推送: {@code Authorization: key=<appSecret>}, a form with comma-separated registration ids; success is
 * {@code code == 0}. The ids it could not reach come back in {@code data.bad_regids}; code 20301 means none was valid.
 */
@ApplicationScoped
public class MiPushSender implements AppPushSender {

    private static final int NO_VALID_TARGETS = 20301;
    private static final int MAX_TITLE_CHARS = 50;
    private static final int MAX_DESCRIPTION_CHARS = 128;
    private static final String PROVIDER = "MiPush";

    private final MiPushClient client;
    private final PushConfig config;
    private final NotifyConfig notifyConfig;

    public MiPushSender(@RestClient MiPushClient client, PushConfig config, NotifyConfig notifyConfig) {
        this.client = client;
        this.config = config;
        this.notifyConfig = notifyConfig;
    }

    @Override
    public PushConfig.Provider provider() {
        return PushConfig.Provider.MIPUSH;
    }

    @Override
    public Uni<PushResult> send(List<String> registrationIds, Notification notification) {
        if (registrationIds.isEmpty()) {
            return Uni.createFrom().item(PushResult.accepted(List.of()));
        }
        String authorization = "key=" + PushAnswers.required(config.mipush().appSecret(), "monitor.push.mipush.app-secret");
        String packageName = PushAnswers.required(config.mipush().packageName(), "monitor.push.mipush.package-name");
        String description = NotificationText.plain(notification, 1000);
        String payload = "{\"event\":\"" + notification.event().name() + "\"}";
        Uni<String> call = client.sendToRegistrationIds(authorization, String.join(",", registrationIds), packageName,
                NotificationText.title(notification, MAX_TITLE_CHARS),
                description.length() > MAX_DESCRIPTION_CHARS ? description.substring(0, MAX_DESCRIPTION_CHARS) : description,
                payload, 0, -1);
        return PushAnswers.send(call, notifyConfig.timeout(), PROVIDER, body -> result(body, registrationIds),
                failure -> {
                    throw new DeliveryFailure("MiPush HTTP " + failure.status() + ": " + failure.body());
                });
    }

    private static PushResult result(String body, List<String> registrationIds) {
        JsonNode answer = PushAnswers.read(body, PROVIDER);
        int code = answer.path("code").asInt(-1);
        String text = "MiPush " + code + ": " + answer.path("description").asText(answer.path("reason").asText(""));
        if (code == NO_VALID_TARGETS) {
            return PushResult.allInvalid(registrationIds, text);
        }
        if (code != 0) {
            throw new DeliveryFailure(text);
        }
        String bad = answer.path("data").path("bad_regids").asText("");
        return PushResult.accepted(bad.isBlank() ? List.of() : Arrays.stream(bad.split(",")).map(String::trim)
                .filter(id -> !id.isEmpty()).toList());
    }
}
