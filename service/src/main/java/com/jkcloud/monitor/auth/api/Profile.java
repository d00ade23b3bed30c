package com.jkcloud.monitor.auth.api;

import com.jkcloud.monitor.auth.NotificationSettings;

import java.util.Set;

/** {@code GET /api/v1/me}. */
public record Profile(String id, String username, String email, NotificationSettings notifications, Set<String> roles) {
}
