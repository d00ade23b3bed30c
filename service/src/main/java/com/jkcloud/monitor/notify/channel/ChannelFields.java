package com.jkcloud.monitor.notify.channel;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.NotifyMessage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks a channel's name and events, refusing each with a 400 that names the field. */
final class ChannelFields {

    private static final int MAX_NAME_CHARS = 64;

    private ChannelFields() {
    }

    static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_CHARS) {
            throw ApiException.invalidField("name", NotifyMessage.NAME_REQUIRED);
        }
        return trimmed;
    }

    /** Null (absent) = every event; otherwise a non-empty subset of the subscribable events, in the order given. */
    static List<NotificationEvent> events(List<String> names) {
        if (names == null) {
            return null;
        }
        if (names.isEmpty()) {
            throw ApiException.invalidField("events", NotifyMessage.EVENTS_INVALID);
        }
        Set<NotificationEvent> events = new LinkedHashSet<>();
        for (int index = 0; index < names.size(); index++) {
            events.add(event(names.get(index), index));
        }
        return List.copyOf(events);
    }

    private static NotificationEvent event(String name, int index) {
        return NotificationEvent.SUBSCRIBABLE.stream()
                .filter(event -> event.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField("events[" + index + "]", NotifyMessage.EVENTS_INVALID));
    }
}
