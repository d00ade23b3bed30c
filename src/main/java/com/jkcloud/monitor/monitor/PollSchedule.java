package com.jkcloud.monitor.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Duration;
import java.time.Instant;

/**
 * When each account is polled next. Every account has a fixed slot within the period (derived from its
 * id), so N accounts spread evenly over the period as a steady trickle, and a replica restart doesn't
 * bunch them up.
 */
@ApplicationScoped
public class PollSchedule {

    private final Duration period;

    public PollSchedule(MonitorConfig config) {
        this.period = config.every();
    }

    public Duration period() {
        return period;
    }

    /** The account's first slot strictly after {@code after}. */
    public Instant nextSlotAfter(ObjectId accountId, Instant after) {
        long periodMillis = period.toMillis();
        long slotOffset = Math.floorMod(mix(accountId.hashCode()), periodMillis);
        long afterMillis = after.toEpochMilli();
        long periodStart = afterMillis - Math.floorMod(afterMillis, periodMillis);
        long candidate = periodStart + slotOffset;
        if (candidate <= afterMillis) {
            candidate += periodMillis;
        }
        return Instant.ofEpochMilli(candidate);
    }

    /** Spreads ids that differ in few bits (ObjectIds made in one second) across the whole period. */
    private static long mix(long value) {
        long mixed = value * 0x9E3779B97F4A7C15L;
        return mixed ^ (mixed >>> 29);
    }
}
