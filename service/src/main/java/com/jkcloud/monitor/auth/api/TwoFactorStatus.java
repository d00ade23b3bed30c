package com.jkcloud.monitor.auth.api;

public record TwoFactorStatus(boolean enabled) {
}
