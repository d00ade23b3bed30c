package com.jkcloud.monitor.notify.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.jkcloud.monitor.notify.DeliveryFailure;
import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;

/**
 * 飞书群机器人: plain text (a text message renders no Markdown); with a secret the body also has
 * {@code timestamp} (seconds) and {@code sign} = Base64(HmacSHA256(key = timestamp + "\n" + secret, data = empty)).
 * Success is {@code code == 0}, or {@code StatusCode == 0} from older bots.
 */
@ApplicationScoped
public class FeishuSender implements ChannelSender {

    private static final int MAX_TEXT_BYTES = 18_000;

    private final FeishuClient client;
    private final Clock clock;

    public FeishuSender(@RestClient FeishuClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public ChannelType type() {
        return ChannelType.FEISHU;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.Feishu address = (ChannelAddress.Feishu) destination.address();
        RobotSignature signature = RobotSignature.of(address.signingSecret(), clock.instant().getEpochSecond(),
                FeishuSender::sign);
        var message = new FeishuClient.FeishuMessage(signature.timestamp(), signature.sign(), "text",
                new FeishuClient.FeishuMessage.Content(NotificationText.plain(notification, MAX_TEXT_BYTES)));
        return client.send(address.hookToken(), message)
                .invoke(FeishuSender::expectAccepted)
                .replaceWithVoid();
    }

    private static String sign(String timestamp, String secret) {
        return Signatures.base64(Signatures.hmacSha256(timestamp + "\n" + secret, ""));
    }

    private static void expectAccepted(String body) {
        JsonNode answer = ProviderAnswers.parse(body);
        if (answer.has("code")) {
            if (answer.path("code").asInt(-1) != 0) {
                throw new DeliveryFailure(ProviderAnswers.describe(answer, "code", "msg"));
            }
        } else if (answer.path("StatusCode").asInt(-1) != 0) {
            throw new DeliveryFailure(ProviderAnswers.describe(answer, "StatusCode", "StatusMessage"));
        }
    }
}
