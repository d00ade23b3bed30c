package com.jkcloud.monitor.notify;

import java.util.Arrays;
import java.util.List;

/** What a notification is about. Channels subscribe to the subscribable ones; {@link #TEST} is a channel test. */
public enum NotificationEvent {
    OFFLINE, EXCEPTION, RECOVERED, AUTH_FAILED, WITHDRAWAL, PRICE, REPORT, SECURITY, TEST;

    public static final List<NotificationEvent> SUBSCRIBABLE = Arrays.stream(values())
            .filter(event -> event != TEST)
            .toList();
}
