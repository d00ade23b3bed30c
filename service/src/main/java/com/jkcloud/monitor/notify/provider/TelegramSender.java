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

/** Telegram: plain text (no {@code parse_mode}, so device names need no escaping), at most 4096 characters; success is {@code ok}. */
@ApplicationScoped
public class TelegramSender implements ChannelSender {

    private static final int MAX_TEXT_BYTES = 4096;

    private final TelegramClient client;

    public TelegramSender(@RestClient TelegramClient client) {
        this.client = client;
    }

    @Override
    public ChannelType type() {
        return ChannelType.TELEGRAM;
    }

    @Override
    public Uni<Void> send(Destination destination, Notification notification, String deliveryId) {
        ChannelAddress.Telegram address = (ChannelAddress.Telegram) destination.address();
        var message = new TelegramClient.TelegramMessage(address.chatId(), NotificationText.plain(notification, MAX_TEXT_BYTES));
        return client.sendMessage(address.botToken(), message)
                .invoke(TelegramSender::expectOk)
                .replaceWithVoid();
    }

    private static void expectOk(String body) {
        JsonNode answer = ProviderAnswers.parse(body);
        if (!answer.path("ok").asBoolean(false)) {
            throw new DeliveryFailure(ProviderAnswers.describe(answer, "error_code", "description"));
        }
    }
}
