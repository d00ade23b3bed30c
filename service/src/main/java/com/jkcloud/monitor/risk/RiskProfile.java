package com.jkcloud.monitor.risk;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A device's risk state. Each rule owns its own field, so rules update it with independent atomic
 * writes; the score is derived from all of them.
 */
@MongoEntity(collection = "risk_profiles")
public class RiskProfile {
    @BsonId
    public String deviceId;
    public int score;
    /** Rule 2, recomputed on every registration. */
    public List<RiskReason> deviceReasons = new ArrayList<>();
    /** Rule 3, while the device sits in a cluster. */
    public RiskReason locationReason;
    /** Rule 1, once it fired for this device. */
    public RiskReason sharedIpReason;
    /** The ~10 m spot the device last reported, to leave its old cluster when it moves. */
    public String locationKey;
    /** Recent distinct public IPs, newest last. */
    public List<String> ips = new ArrayList<>();
    public Instant firstSeen;
    public Instant lastSeen;
    /** An operator lifted the blacklist: automatic rules don't list the device again before this. */
    public Instant exemptUntil;

    public List<RiskReason> reasons() {
        return Stream.concat(deviceReasons == null ? Stream.empty() : deviceReasons.stream(),
                        Stream.of(locationReason, sharedIpReason))
                .filter(reason -> reason != null)
                .toList();
    }

    public int computedScore() {
        return Math.min(100, reasons().stream().mapToInt(reason -> reason.points).sum());
    }

    public boolean isExempt(Instant now) {
        return exemptUntil != null && exemptUntil.isAfter(now);
    }
}
