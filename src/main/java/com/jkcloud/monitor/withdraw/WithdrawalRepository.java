package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class WithdrawalRepository implements ReactivePanacheMongoRepository<Withdrawal> {

    private static final int HISTORY_LIMIT = 200;

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("ownerId", "idempotencyKey"));
    }

    public Uni<Withdrawal> findByKey(ObjectId ownerId, String idempotencyKey) {
        return find("ownerId = ?1 and idempotencyKey = ?2", ownerId, idempotencyKey).firstResult();
    }

    public Uni<List<Withdrawal>> history(ObjectId ownerId) {
        return find("ownerId", Sort.descending("createdAt"), ownerId).page(Page.ofSize(HISTORY_LIMIT)).list();
    }

    public Uni<Void> complete(ObjectId withdrawalId, List<Withdrawal.AccountResult> results, BigDecimal total, Instant at) {
        return mongoCollection().updateOne(eq("_id", withdrawalId), Updates.combine(
                Updates.set("results", results),
                Updates.set("total", total),
                Updates.set("state", Withdrawal.State.COMPLETED.name()),
                Updates.set("completedAt", at))).replaceWithVoid();
    }
}
