package com.jkcloud.monitor.notify.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.jkcloud.monitor.outbox.OutboxMail;

/** One line of the delivery log. {@code error} is the provider's answer, already scrubbed of the channel's secrets. */
public record DeliveryView(String id, String channelId, String event, String subject, long at, OutboxMail.State status,
                           int attempts, @JsonInclude(JsonInclude.Include.ALWAYS) String error) {

    static DeliveryView of(OutboxMail entry) {
        return new DeliveryView(entry.id.toHexString(), entry.channelId, NotificationPayload.event(entry.payload),
                entry.subject, entry.createdAt.toEpochMilli(), entry.state, entry.attempts,
                entry.state == OutboxMail.State.SENT ? null : entry.lastError);
    }
}
