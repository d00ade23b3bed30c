package com.jkcloud.monitor.account.api;

import jakarta.validation.constraints.Size;

/** {@code PATCH /api/v1/accounts/{id}}: rename, or replace the stored OneThing password. */
public record ChangeAccountRequest(
        @Size(max = 64) String name,
        @Size(min = 1, max = 128) String password) {

    @Override
    public String toString() {
        return "ChangeAccountRequest[name=" + name + "]";
    }
}
