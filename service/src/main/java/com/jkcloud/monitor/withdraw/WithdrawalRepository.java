package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

/** Every write of a running withdrawal is conditional on its run still holding it. */
@ApplicationScoped
public class WithdrawalRepository implements ReactivePanacheMongoRepository<Withdrawal> {

    private static final int HISTORY_LIMIT = 200;

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("ownerId", "idempotencyKey"));
        Indexes.ensure(mongoCollection(), ascending("trigger", "state"));
    }

    public Uni<Withdrawal> findByKey(ObjectId ownerId, String idempotencyKey) {
        return find("ownerId = ?1 and idempotencyKey = ?2", ownerId, idempotencyKey).firstResult();
    }

    public Uni<List<Withdrawal>> history(ObjectId ownerId) {
        return find("ownerId", Sort.descending("createdAt"), ownerId).page(Page.ofSize(HISTORY_LIMIT)).list();
    }

    public Uni<List<Withdrawal>> abandoned(ObjectId ownerId, Instant now, Duration timeout) {
        return mongoCollection().find(and(eq("ownerId", ownerId), eq("state", Withdrawal.State.IN_PROGRESS.name()),
                abandonedAt(now, timeout))).collect().asList();
    }

    /** Automatic withdrawals whose run stopped (its replica died): any replica's tick takes them over. */
    public Uni<List<Withdrawal>> abandonedAutomatic(Instant now, Duration timeout) {
        return mongoCollection().find(and(eq("trigger", Withdrawal.Trigger.AUTO.name()),
                eq("state", Withdrawal.State.IN_PROGRESS.name()), abandonedAt(now, timeout))).collect().asList();
    }

    public Uni<Withdrawal> lastAutomatic(ObjectId ownerId) {
        return find("ownerId = ?1 and trigger = ?2", Sort.descending("createdAt"), ownerId, Withdrawal.Trigger.AUTO.name())
                .firstResult();
    }

    /** The abandoned withdrawal handed to a new run, or null when it is live or another request took it first. */
    public Uni<Withdrawal> takeOver(Withdrawal found, String runId, Instant now, Duration timeout) {
        return mongoCollection().findOneAndUpdate(
                and(eq("_id", found.id), eq("state", Withdrawal.State.IN_PROGRESS.name()), eq("runId", found.runId),
                        abandonedAt(now, timeout)),
                Updates.combine(Updates.set("runId", runId), Updates.set("leaseUntil", now.plus(timeout))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Journals a draw before it is sent; false when this run no longer holds the withdrawal (then: don't draw). */
    public Uni<Boolean> journal(Withdrawal running, String accountId, Withdrawal.PendingDraw draw, Instant leaseUntil) {
        return mongoCollection().updateOne(held(running), Updates.combine(
                        Updates.set("drawing." + accountId, draw), Updates.set("leaseUntil", leaseUntil)))
                .map(result -> result.getMatchedCount() == 1);
    }

    public Uni<Void> settle(Withdrawal running, Withdrawal.AccountResult result, Instant leaseUntil) {
        return mongoCollection().updateOne(held(running), Updates.combine(
                Updates.set("settled." + result.accountId, result), Updates.set("leaseUntil", leaseUntil))).replaceWithVoid();
    }

    public Uni<Void> complete(Withdrawal running, List<Withdrawal.AccountResult> results, BigDecimal total, Instant at) {
        return mongoCollection().updateOne(held(running), Updates.combine(
                Updates.set("results", results),
                Updates.set("total", total),
                Updates.set("state", Withdrawal.State.COMPLETED.name()),
                Updates.set("completedAt", at),
                Updates.unset("leaseUntil"))).replaceWithVoid();
    }

    /** A withdrawal that drew nothing and failed nothing leaves no row. */
    public Uni<Void> discard(Withdrawal running) {
        return mongoCollection().deleteOne(held(running)).replaceWithVoid();
    }

    private static Bson held(Withdrawal running) {
        return and(eq("_id", running.id), eq("runId", running.runId), eq("state", Withdrawal.State.IN_PROGRESS.name()));
    }

    /** Past its lease; records written before leases existed count from their creation. */
    private static Bson abandonedAt(Instant now, Duration timeout) {
        return or(lt("leaseUntil", now), and(eq("leaseUntil", null), lt("createdAt", now.minus(timeout))));
    }
}
