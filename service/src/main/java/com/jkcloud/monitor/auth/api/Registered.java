package com.jkcloud.monitor.auth.api;

public record Registered(UserView user, String token) {
}
