package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class AutoWithdrawRules implements ReactivePanacheMongoRepository<AutoWithdrawRule> {

    private static final int DUE_BATCH = 500;

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("enabled", "nextRunAt"));
    }

    public Uni<List<AutoWithdrawRule>> due(Instant now) {
        return mongoCollection().find(and(eq("enabled", true), lte("nextRunAt", now))).select().first(DUE_BATCH)
                .collect().asList();
    }

    /** Moves the rule past {@code slot}; a no-op when another replica (or a rule change) moved it already. */
    public Uni<Void> advance(ObjectId ownerId, Instant slot, Instant next) {
        return mongoCollection().updateOne(and(eq("_id", ownerId), eq("nextRunAt", slot)), Updates.set("nextRunAt", next))
                .replaceWithVoid();
    }

    public Uni<AutoWithdrawRule> save(AutoWithdrawRule rule) {
        return persistOrUpdate(rule);
    }
}
