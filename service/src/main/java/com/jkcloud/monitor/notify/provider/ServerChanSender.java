package com.jkcloud.monitor.notify.provider;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationText;
import com.jkcloud.monitor.notify.address.ChannelAddress;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Server酱: a title of at most 32 characters and a Markdown {@code desp}; success is {@code code == 0}. */
@ApplicationScoped
public class ServerChanSender implements ChannelSender {

    static final int MAX_TITLE_CHARS = 32;
    private static final int MAX_BODY_BYTES = 32_000;

    private final ServerChanClient client;

    public ServerChanSender(@RestClient ServerChanClient client) {
        this.client = client;
    }

    @Override
    public ChannelType type() {
        return ChannelType.SERVERCHAN;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.ServerChan address = (ChannelAddress.ServerChan) destination.address();
        var message = new ServerChanClient.ServerChanMessage(NotificationText.title(notification, MAX_TITLE_CHARS),
                NotificationText.markdown(notification, MAX_BODY_BYTES));
        return client.send(address.sendKey(), message)
                .invoke(answer -> ProviderAnswers.expectCode(answer, "code", 0, "message"))
                .replaceWithVoid();
    }
}
