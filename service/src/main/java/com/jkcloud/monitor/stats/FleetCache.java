package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountDataChanged;
import com.jkcloud.monitor.stats.api.Fleet;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The fleet changes only when a poll, a bind or a draw changes it, yet apps refresh it every few
 * seconds: answers are kept for {@code monitor.stats.fleet-cache-ttl} and dropped at once on this
 * replica when the owner's data changes (other replicas see the change within the TTL).
 */
@ApplicationScoped
public class FleetCache {

    private static final int PRUNE_ABOVE = 10_000;

    private record Entry(Fleet fleet, Instant expiresAt) {
    }

    private final Map<ObjectId, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    public FleetCache(@ConfigProperty(name = "monitor.stats.fleet-cache-ttl", defaultValue = "10s") Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    public Uni<Fleet> get(ObjectId ownerId, Supplier<Uni<Fleet>> compute) {
        Instant now = clock.instant();
        Entry cached = entries.get(ownerId);
        if (cached != null && cached.expiresAt().isAfter(now)) {
            return Uni.createFrom().item(cached.fleet());
        }
        return compute.get().invoke(fleet -> {
            if (entries.size() > PRUNE_ABOVE) {
                entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
            }
            entries.put(ownerId, new Entry(fleet, now.plus(ttl)));
        });
    }

    void invalidate(@Observes AccountDataChanged changed) {
        entries.remove(changed.ownerId());
    }
}
