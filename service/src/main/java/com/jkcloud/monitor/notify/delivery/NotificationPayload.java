package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.notify.Notification;
import com.jkcloud.monitor.notify.NotificationEvent;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A {@link Notification} as an outbox entry stores it, so a retry sends exactly what was queued. */
final class NotificationPayload {

    private NotificationPayload() {
    }

    static Document of(Notification notification) {
        List<Document> items = notification.items().stream().map(item -> new Document()
                .append("deviceName", item.deviceName()).append("deviceSn", item.deviceSn())
                .append("accountId", item.accountId()).append("accountName", item.accountName())
                .append("status", item.status()).append("since", date(item.since()))
                .append("message", item.message())).toList();
        return new Document("event", notification.event().name())
                .append("userId", notification.userId())
                .append("subject", notification.subject())
                .append("summary", notification.summary())
                .append("at", date(notification.at()))
                .append("items", items);
    }

    static Notification read(Document payload) {
        List<Notification.Item> items = payload.getList("items", Document.class, List.of()).stream()
                .map(item -> new Notification.Item(item.getString("deviceName"), item.getString("deviceSn"),
                        item.getString("accountId"), item.getString("accountName"), item.getString("status"),
                        instant(item.getDate("since")), item.getString("message")))
                .toList();
        return new Notification(NotificationEvent.valueOf(payload.getString("event")), payload.getString("userId"),
                payload.getString("subject"), payload.getString("summary"), instant(payload.getDate("at")), items);
    }

    static String event(Document payload) {
        return payload == null ? null : payload.getString("event");
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
