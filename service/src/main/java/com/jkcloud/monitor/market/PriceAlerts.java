package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class PriceAlerts implements ReactivePanacheMongoRepository<PriceAlert> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("ownerId", "createdAt"));
    }

    public Uni<List<PriceAlert>> ofOwner(ObjectId ownerId) {
        return list("ownerId", Sort.ascending("createdAt"), ownerId);
    }

    public Uni<Long> countOf(ObjectId ownerId) {
        return count("ownerId", ownerId);
    }

    public Uni<Boolean> deleteOwned(ObjectId id, ObjectId ownerId) {
        return mongoCollection().deleteOne(and(eq("_id", id), eq("ownerId", ownerId))).map(deleted -> deleted.getDeletedCount() == 1);
    }

    /** Every alert, for checking a new price; a user has a bounded number of them. */
    public Uni<List<PriceAlert>> allOf(PriceAlert.Currency currency) {
        return list("currency", currency.name());
    }

    /** Flips one side from armed to fired; true only for the one caller (of any replica) that flipped it. */
    public Uni<Boolean> fire(ObjectId id, String firedField, Instant at) {
        return mongoCollection().updateOne(and(eq("_id", id), eq(firedField, false)),
                        Updates.combine(Updates.set(firedField, true), Updates.set("lastFiredAt", at)))
                .map(updated -> updated.getModifiedCount() == 1);
    }

    public Uni<Void> rearm(ObjectId id, String firedField) {
        return mongoCollection().updateOne(and(eq("_id", id), eq(firedField, true)), Updates.set(firedField, false))
                .replaceWithVoid();
    }
}
