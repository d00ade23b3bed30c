package com.jkcloud.monitor.account.group.api;

/** {@code POST /api/v1/groups}, {@code PATCH /api/v1/groups/{id}}: the group's name (checked by the service). */
public record GroupRequest(String name) {
}
