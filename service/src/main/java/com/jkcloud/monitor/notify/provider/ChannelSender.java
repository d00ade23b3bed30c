package com.jkcloud.monitor.notify.provider;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.address.ChannelType;
import com.jkcloud.monitor.notify.address.Destination;
import io.smallrye.mutiny.Uni;

/** Delivers a notification through one provider; completes when the provider accepted it. */
public interface ChannelSender {

    ChannelType type();

    /** {@code deliveryId} identifies this delivery; a retry passes the same one (webhooks send it). */
    Uni<Void> send(Destination destination, Notification notification, String deliveryId);
}
