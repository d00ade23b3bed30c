package com.jkcloud.monitor.account.api;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code PATCH /api/v1/accounts/{id}}: rename, replace the stored OneThing password, or join a group.
 * {@code groupId}: absent (Java null) = unchanged, JSON null = leave the group, an id = join it.
 */
public record ChangeAccountRequest(
        @Size(max = 64) String name,
        @Size(min = 1, max = 128) String password,
        JsonNode groupId) {

    @Override
    public String toString() {
        return "ChangeAccountRequest[name=" + name + ", groupId=" + groupId + "]";
    }
}
