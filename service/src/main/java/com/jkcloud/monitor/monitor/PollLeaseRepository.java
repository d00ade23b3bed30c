package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Indexes.ascending;

/**
 * Leases as documents keyed by the account id: inserting one is the claim (the store's unique {@code _id}
 * refuses a second holder atomically, on any MongoDB), deleting it gives the account back.
 */
@ApplicationScoped
public class PollLeaseRepository implements ReactivePanacheMongoRepositoryBase<PollLease, ObjectId> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("until"));
    }

    /** Takes the leases of these accounts that nobody holds (ending expired ones first); answers the ids taken. */
    public Uni<Set<ObjectId>> take(List<ObjectId> accountIds, String owner, Instant until, Instant now) {
        List<PollLease> wanted = accountIds.stream().map(accountId -> lease(accountId, owner, until)).toList();
        return mongoCollection().deleteMany(lt("until", now))
                .flatMap(expired -> mongoCollection().insertMany(wanted, new InsertManyOptions().ordered(false)))
                .map(inserted -> (Set<ObjectId>) new LinkedHashSet<>(accountIds))
                .onFailure(MongoBulkWriteException.class).recoverWithUni(failure -> {
                    MongoBulkWriteException refused = (MongoBulkWriteException) failure;
                    Set<ObjectId> taken = new LinkedHashSet<>(accountIds);
                    List<Integer> held = new ArrayList<>();
                    for (BulkWriteError error : refused.getWriteErrors()) {
                        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                            return Uni.createFrom().failure(refused);
                        }
                        held.add(error.getIndex());
                    }
                    held.forEach(index -> taken.remove(accountIds.get(index)));
                    return Uni.createFrom().item(taken);
                });
    }

    public Uni<Void> giveBack(Collection<ObjectId> accountIds, String owner) {
        return accountIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().deleteMany(and(in("_id", accountIds), eq("owner", owner))).replaceWithVoid();
    }

    public Uni<Void> deleteOf(ObjectId accountId) {
        return mongoCollection().deleteOne(new org.bson.Document("_id", accountId)).replaceWithVoid();
    }

    private static PollLease lease(ObjectId accountId, String owner, Instant until) {
        PollLease lease = new PollLease();
        lease.id = accountId;
        lease.owner = owner;
        lease.until = until;
        return lease;
    }
}
