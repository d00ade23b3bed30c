package com.jkcloud.monitor.account;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** As users see it: an exception wins over online/offline. */
public enum DeviceStatus {
    ONLINE, OFFLINE, EXCEPTION;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
