package com.jkcloud.monitor.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/accounts}: a OneThing phone or e-mail login. */
public record BindAccountRequest(
        @NotBlank @Size(max = 254) String username,
        @NotBlank @Size(max = 128) String password,
        @Size(max = 64) String name) {

    @Override
    public String toString() {
        return "BindAccountRequest[username=" + username + ", name=" + name + "]";
    }
}
