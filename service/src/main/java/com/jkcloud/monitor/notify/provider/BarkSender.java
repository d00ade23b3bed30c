package com.jkcloud.monitor.notify.provider;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Bark (iOS): plain text within an APNs payload, grouped under the product name; success is {@code code == 200}. */
@ApplicationScoped
public class BarkSender implements ChannelSender {

    static final String GROUP = "JK Cloud Monitor";
    private static final int MAX_TITLE_CHARS = 64;
    private static final int MAX_BODY_BYTES = 3000;

    private final BarkClient client;

    public BarkSender(@RestClient BarkClient client) {
        this.client = client;
    }

    @Override
    public ChannelType type() {
        return ChannelType.BARK;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.Bark address = (ChannelAddress.Bark) destination.address();
        var message = new BarkClient.BarkMessage(address.deviceKey(), NotificationText.title(notification, MAX_TITLE_CHARS),
                NotificationText.plain(notification, MAX_BODY_BYTES), GROUP);
        return client.push(message)
                .invoke(answer -> ProviderAnswers.expectCode(answer, "code", 200, "message"))
                .replaceWithVoid();
    }
}
