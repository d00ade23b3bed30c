package com.jkcloud.monitor.app.api;

/** The answer to a registration: the public IP we recorded and whether a user is linked. */
public record Registered(String deviceID, String publicIp, String userId) {
}
