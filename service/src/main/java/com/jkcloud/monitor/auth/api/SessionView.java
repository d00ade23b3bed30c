package com.jkcloud.monitor.auth.api;

public record SessionView(String id, long createdAt, long lastSeenAt, String ip, String userAgent, boolean current) {
}
