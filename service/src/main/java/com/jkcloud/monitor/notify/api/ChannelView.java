package com.jkcloud.monitor.notify.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.channel.NotificationChannel;

import java.util.List;

/**
 * A channel as its owner sees it: the target masked, never the URL. {@code secret} (the webhook signing secret)
 * appears once, in the answer that made the channel a webhook.
 */
public record ChannelView(
        String id,
        String name,
        ChannelType type,
        String target,
        List<NotificationEvent> events,
        boolean enabled,
        long createdAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) LastDeliveryView lastDelivery,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    public static ChannelView of(NotificationChannel channel) {
        return withSecret(channel, null);
    }

    public static ChannelView withSecret(NotificationChannel channel, String secret) {
        return new ChannelView(channel.id.toHexString(), channel.name, channel.type, channel.target,
                channel.events == null ? NotificationEvent.SUBSCRIBABLE : channel.events, channel.enabled,
                channel.createdAt.toEpochMilli(), LastDeliveryView.of(channel.lastDelivery), secret);
    }

    @Override
    public String toString() {
        return "ChannelView[id=" + id + ", target=" + target + "]";
    }

    public record LastDeliveryView(long at, NotificationChannel.DeliveryStatus status, String error) {
        static LastDeliveryView of(NotificationChannel.LastDelivery delivery) {
            return delivery == null || delivery.at == null ? null
                    : new LastDeliveryView(delivery.at.toEpochMilli(), delivery.status, delivery.error);
        }
    }
}
