package com.jkcloud.monitor.risk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One stored explanation of points on a device's score. */
// Stored inside a document: the Mongo codec builds it reflectively, also in a native image.
@RegisterForReflection
public class RiskReason {
    public RiskRule rule;
    public int points;
    /** What was seen, in words an operator reads: the fingerprint token, the IP, the spot. */
    public String detail;
    public Instant at;

    public RiskReason() {
    }

    public RiskReason(RiskRule rule, String detail, Instant at) {
        this.rule = rule;
        this.points = rule.points();
        this.detail = detail;
        this.at = at;
    }
}
