package com.jkcloud.monitor.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body carrying an authenticator code (or, where allowed, a recovery code). */
public record TwoFactorCode(@NotBlank @Size(max = 32) String code) {

    @Override
    public String toString() {
        return "TwoFactorCode[***]";
    }
}
