package com.jkcloud.monitor.notify.provider;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** 企业微信群机器人: Markdown of at most 4096 bytes; success is {@code errcode == 0}. */
@ApplicationScoped
public class WeComSender implements ChannelSender {

    private static final int MAX_CONTENT_BYTES = 4096;

    private final WeComClient client;

    public WeComSender(@RestClient WeComClient client) {
        this.client = client;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WECOM;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.WeCom address = (ChannelAddress.WeCom) destination.address();
        var message = new WeComClient.WeComMessage("markdown",
                new WeComClient.WeComMessage.Markdown(NotificationText.markdown(notification, MAX_CONTENT_BYTES)));
        return client.send(address.key(), message)
                .invoke(answer -> ProviderAnswers.expectCode(answer, "errcode", 0, "errmsg"))
                .replaceWithVoid();
    }
}
