package com.jkcloud.monitor.monitor;

public enum AlertType {
    OFFLINE, EXCEPTION, RECOVERED, AUTH_FAILED
}
