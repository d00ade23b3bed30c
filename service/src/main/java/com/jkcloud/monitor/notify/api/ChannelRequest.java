package com.jkcloud.monitor.notify.api;

import java.util.List;

/** {@code POST /api/v1/notification-channels}. Events are names, so an unknown one is named back in {@code details}. */
public record ChannelRequest(String name, String url, List<String> events, Boolean enabled) {

    @Override
    public String toString() {
        return "ChannelRequest[name=" + name + "]";
    }
}
