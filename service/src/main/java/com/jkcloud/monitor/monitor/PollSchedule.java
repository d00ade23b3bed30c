package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountBinding;
import com.jkcloud.monitor.account.AccountPasswordReplacing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

    /** The bind itself refreshes a new account once, so its first poll is its own slot, stored with the account. */
    void firstPollOf(@Observes AccountBinding binding) {
        binding.account().nextPollAt = nextSlotAfter(binding.account().id, binding.boundAt());
    }

    /** A working password again: poll at the next pass (also ends an auth-failed pause), failures forgotten. */
    void pollSoonAfterNewPassword(@Observes AccountPasswordReplacing replacing) {
        replacing.account().nextPollAt = replacing.replacedAt();
        replacing.account().consecutiveFailures = 0;
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
