package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.channel.NotificationChannel;
import org.bson.types.ObjectId;

import java.util.List;

/**
 * A user's enabled channels at the moment alerts are composed, and whether their signed-in app devices get a push
 * (which takes every notification).
 */
public record ChannelAudience(ObjectId ownerId, List<NotificationChannel> channels, boolean appPush) {

    public ChannelAudience {
        channels = List.copyOf(channels);
    }

    public boolean wants(NotificationEvent event) {
        return appPush || channels.stream().anyMatch(channel -> subscribes(channel, event));
    }

    static boolean subscribes(NotificationChannel channel, NotificationEvent event) {
        return channel.events == null || channel.events.contains(event);
    }
}
