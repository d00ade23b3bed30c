package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

@ApplicationScoped
public class BlacklistRepository implements ReactivePanacheMongoRepositoryBase<BlacklistEntry, String> {

    public Uni<BlacklistEntry> findActive(String deviceId, Instant now) {
        return findById(deviceId).map(entry -> entry != null && entry.isActive(now) ? entry : null);
    }

    public Uni<List<BlacklistEntry>> listActive(Instant now) {
        return find("expiresAt > ?1", Sort.descending("createdAt"), now).list();
    }

    /** An operator's entry replaces whatever was there. */
    public Uni<Void> put(BlacklistEntry entry) {
        return mongoCollection().replaceOne(eq("_id", entry.deviceId), entry, new ReplaceOptions().upsert(true))
                .replaceWithVoid();
    }

    /**
     * An automatic entry: written only when the device isn't listed already (or its entry expired),
     * so a repeated detection neither extends the expiry nor rewrites the first evidence.
     */
    public Uni<Boolean> putIfNotListed(BlacklistEntry entry, Instant now) {
        return mongoCollection().replaceOne(Filters.and(eq("_id", entry.deviceId), Filters.lte("expiresAt", now)),
                        entry, new ReplaceOptions().upsert(true))
                .map(written -> true)
                .onFailure(DuplicateKeys::isDuplicateKey).recoverWithItem(false);
    }

    /** Lifts an active entry; answers whether there was one. */
    public Uni<Boolean> removeActive(String deviceId, Instant now) {
        return mongoCollection().deleteOne(Filters.and(eq("_id", deviceId), Filters.gt("expiresAt", now)))
                .map(deleted -> deleted.getDeletedCount() > 0);
    }
}
