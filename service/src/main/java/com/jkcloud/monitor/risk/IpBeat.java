package com.jkcloud.monitor.risk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One device's latest heartbeat from an IP. */
// Stored inside a document: the Mongo codec builds it reflectively, also in a native image.
@RegisterForReflection
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
