package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationEvent;

/** One device's change in a monitor pass, as a line of a notification. */
public record DeviceChange(NotificationEvent event, Notification.Item item) {
}
