package com.jkcloud.monitor.auth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordChange(
        @NotBlank @Size(max = 64) String oldPassword,
        @NotBlank @Size(min = 8, max = 64) String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
