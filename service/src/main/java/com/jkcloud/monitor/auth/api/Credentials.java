package com.jkcloud.monitor.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of register and login; {@code code} is the authenticator or recovery code of a user with 2FA on. */
public record Credentials(
        @NotBlank @Size(max = 254) String username,
        @NotBlank @Size(min = 8, max = 64) String password,
        @Size(max = 32) String code) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
