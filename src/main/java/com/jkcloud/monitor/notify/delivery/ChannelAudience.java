package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.channel.NotificationChannel;
import org.bson.types.ObjectId;

import java.util.List;

/** A user's enabled channels at the moment alerts are composed. */
public record ChannelAudience(ObjectId ownerId, List<NotificationChannel> channels) {

    public ChannelAudience {
        channels = List.copyOf(channels);
    }

    public boolean wants(NotificationEvent event) {
        return channels.stream().anyMatch(channel -> subscribes(channel, event));
    }

    static boolean subscribes(NotificationChannel channel, NotificationEvent event) {
        return channel.events == null || channel.events.contains(event);
    }
}
