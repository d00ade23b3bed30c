package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Instant;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

/**
 * Per-account draw leases in the store, so that two withdrawals (two keys, two tabs, two replicas) never draw one
 * account at once. Every claim is a single atomic store operation (a conditional update or an insert under the
 * unique {@code _id}), so it holds across replicas.
 */
@ApplicationScoped
public class DrawLeases implements ReactivePanacheMongoRepository<DrawLease> {

    public Uni<Boolean> claim(ObjectId accountId, String holder, Instant now, Instant until) {
        DrawLease lease = new DrawLease();
        lease.id = accountId;
        lease.holder = holder;
        lease.expiresAt = until;
        // Taking over an expired (or own) lease is one conditional update; a free account is one insert,
        // which the unique _id refuses when another run got there first.
        return mongoCollection().updateOne(and(eq("_id", accountId), or(lt("expiresAt", now), eq("holder", holder))),
                        Updates.combine(Updates.set("holder", holder), Updates.set("expiresAt", until)))
                .flatMap(updated -> updated.getMatchedCount() == 1 ? Uni.createFrom().item(true)
                        : persist(lease).replaceWith(true).onFailure(DuplicateKeys::isDuplicateKey).recoverWithItem(false));
    }

    public Uni<Void> release(ObjectId accountId, String holder) {
        return mongoCollection().deleteOne(and(eq("_id", accountId), eq("holder", holder))).replaceWithVoid();
    }
}
