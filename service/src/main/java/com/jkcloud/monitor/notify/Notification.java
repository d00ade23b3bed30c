package com.jkcloud.monitor.notify;

import java.time.Instant;
import java.util.List;

/**
 * One message to a user, as every sender renders it: a short subject, an optional summary line and the devices
 * it is about.
 * A later session feeds it from the monitor; today the channel test builds one.
 */
public record Notification(NotificationEvent event, String userId, String subject, String summary, Instant at,
                           List<Item> items) {

    public Notification {
        items = List.copyOf(items);
    }

    /** One device's line: which box, whose account, what happened and since when. */
    public record Item(String deviceName, String deviceSn, String accountId, String accountName, String status,
                       Instant since, String message) {
    }
}
