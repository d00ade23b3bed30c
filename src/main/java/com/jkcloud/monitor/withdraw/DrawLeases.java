package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
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
 * account at once. A claim is one conditional upsert: it matches a free, expired or own lease; otherwise the
 * upsert collides with the held lease's {@code _id} and the claim is refused.
 */
@ApplicationScoped
public class DrawLeases implements ReactivePanacheMongoRepository<DrawLease> {

    public Uni<Boolean> claim(ObjectId accountId, String holder, Instant now, Instant until) {
        return mongoCollection().findOneAndUpdate(
                        and(eq("_id", accountId), or(lt("expiresAt", now), eq("holder", holder))),
                        Updates.combine(Updates.set("holder", holder), Updates.set("expiresAt", until)),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
                .map(lease -> lease != null && holder.equals(lease.holder))
                .onFailure(DuplicateKeys::isDuplicateKey).recoverWithItem(false);
    }

    public Uni<Void> release(ObjectId accountId, String holder) {
        return mongoCollection().deleteOne(and(eq("_id", accountId), eq("holder", holder))).replaceWithVoid();
    }
}
