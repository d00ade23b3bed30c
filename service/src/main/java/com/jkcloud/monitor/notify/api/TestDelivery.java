package com.jkcloud.monitor.notify.api;

/** {@code POST /api/v1/notification-channels/{id}/test}: the provider accepted the test message. */
public record TestDelivery(boolean delivered) {
}
