package com.jkcloud.monitor.app.api;

public record LoggedOut(long devices) {
}
