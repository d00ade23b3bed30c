package com.jkcloud.monitor.risk;

import java.time.Instant;

/** One device's latest heartbeat from an IP. */
public class IpBeat {
    public String deviceId;
    public Instant at;

    public IpBeat() {
    }

    public IpBeat(String deviceId, Instant at) {
        this.deviceId = deviceId;
        this.at = at;
    }
}
