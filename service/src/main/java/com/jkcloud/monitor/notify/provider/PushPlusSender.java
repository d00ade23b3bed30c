package com.jkcloud.monitor.notify.provider;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** PushPlus: Markdown content; success is {@code code == 200}. */
@ApplicationScoped
public class PushPlusSender implements ChannelSender {

    private static final int MAX_TITLE_CHARS = 100;
    private static final int MAX_BODY_BYTES = 20_000;

    private final PushPlusClient client;

    public PushPlusSender(@RestClient PushPlusClient client) {
        this.client = client;
    }

    @Override
    public ChannelType type() {
        return ChannelType.PUSHPLUS;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.PushPlus address = (ChannelAddress.PushPlus) destination.address();
        var message = new PushPlusClient.PushPlusMessage(address.token(), NotificationText.title(notification, MAX_TITLE_CHARS),
                NotificationText.markdown(notification, MAX_BODY_BYTES), "markdown");
        return client.send(message)
                .invoke(answer -> ProviderAnswers.expectCode(answer, "code", 200, "msg"))
                .replaceWithVoid();
    }
}
