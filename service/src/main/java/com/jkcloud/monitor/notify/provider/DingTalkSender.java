package com.jkcloud.monitor.notify.provider;

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
 * 钉钉群机器人: Markdown; a robot with "加签" also gets {@code timestamp} (ms) and
 * {@code sign} = Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)); success is {@code errcode == 0}.
 */
@ApplicationScoped
public class DingTalkSender implements ChannelSender {

    private static final int MAX_TITLE_CHARS = 64;
    private static final int MAX_TEXT_BYTES = 20_000;

    private final DingTalkClient client;
    private final Clock clock;

    public DingTalkSender(@RestClient DingTalkClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public ChannelType type() {
        return ChannelType.DINGTALK;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.DingTalk address = (ChannelAddress.DingTalk) destination.address();
        var message = new DingTalkClient.DingTalkMessage("markdown", new DingTalkClient.DingTalkMessage.Markdown(
                NotificationText.title(notification, MAX_TITLE_CHARS), NotificationText.markdown(notification, MAX_TEXT_BYTES)));
        RobotSignature signature = RobotSignature.of(address.signingSecret(), clock.millis(), DingTalkSender::sign);
        return client.send(address.accessToken(), signature.timestamp(), signature.sign(), message)
                .invoke(answer -> ProviderAnswers.expectCode(answer, "errcode", 0, "errmsg"))
                .replaceWithVoid();
    }

    /** The REST client URL-encodes the query value, which is the "URL-encode" step of DingTalk's recipe. */
    private static String sign(String timestamp, String secret) {
        return Signatures.base64(Signatures.hmacSha256(secret, timestamp + "\n" + secret));
    }
}
