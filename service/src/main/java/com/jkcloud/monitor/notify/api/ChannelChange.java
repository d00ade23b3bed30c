package com.jkcloud.monitor.notify.api;

import java.util.List;

/** {@code PATCH /api/v1/notification-channels/{id}}: only the fields sent change. */
public record ChannelChange(String name, String url, List<String> events, Boolean enabled) {

    public boolean isEmpty() {
        return name == null && url == null && events == null && enabled == null;
    }

    @Override
    public String toString() {
        return "ChannelChange[name=" + name + "]";
    }
}
