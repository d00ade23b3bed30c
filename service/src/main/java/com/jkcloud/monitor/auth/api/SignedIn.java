package com.jkcloud.monitor.auth.api;

public record SignedIn(UserView user, String token, long expiresAt) {
}
