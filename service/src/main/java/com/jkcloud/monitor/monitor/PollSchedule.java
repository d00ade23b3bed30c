package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountBound;
import com.jkcloud.monitor.account.AccountPasswordReplaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
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

    private static final Duration STORE_WAIT = Duration.ofSeconds(30);

    private final Duration period;
    private final PollStateRepository states;

    public PollSchedule(MonitorConfig config, PollStateRepository states) {
        this.period = config.every();
        this.states = states;
    }

    public Duration period() {
        return period;
    }

    // Async observers run on a worker thread, where waiting for the store is allowed; account awaits them.

    /** The bind itself refreshes a new account once, so its first poll is its own slot. */
    void firstPollOf(@ObservesAsync AccountBound bound) {
        states.schedule(bound.accountId(), nextSlotAfter(bound.accountId(), bound.boundAt()), bound.boundAt())
                .await().atMost(STORE_WAIT);
    }

    /** A working password again: poll at the next pass (also ends an auth-failed pause), failures forgotten. */
    void pollSoonAfterNewPassword(@ObservesAsync AccountPasswordReplaced replaced) {
        states.schedule(replaced.accountId(), replaced.replacedAt(), replaced.replacedAt()).await().atMost(STORE_WAIT);
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
