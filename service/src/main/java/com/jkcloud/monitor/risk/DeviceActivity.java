package com.jkcloud.monitor.risk;

import java.time.Instant;

/** A registration as the risk engine sees it. The LAN address is deliberately not part of it. */
public record DeviceActivity(String deviceId, String publicIp, Instant at, DeviceFacts facts,
                             Double latitude, Double longitude) {
}
