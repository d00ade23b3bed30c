package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.OneThingAccount;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.runtime.StartupEvent;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

/**
 * Replicas share the polling through the store: an account is polled by whoever holds its lease, taken
 * with a single-document conditional update. One query finds a batch of candidates (the embedded store
 * scans, so per-account queries would go quadratic); each is then claimed by its id.
 */
@ApplicationScoped
public class AccountLeases {

    private final AccountRepository accounts;
    private final MonitorConfig config;

    public AccountLeases(AccountRepository accounts, MonitorConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void createIndexes(@Observes StartupEvent startup) {
        com.jkcloud.monitor.common.store.Indexes.ensure(accounts.mongoCollection(), ascending("nextPollAt"));
    }

    /** Which accounts a pass wants: due ones, or (for "poll all") every working account not yet polled in this pass. */
    public record PassScope(boolean all, Instant passStart) {
        Bson filter(Instant now) {
            Bson wanted = all
                    ? and(ne("status", AccountStatus.AUTH_FAILED.name()), lt("lastPolledAt", passStart))
                    : lte("nextPollAt", now);
            return and(wanted, or(eq("leaseUntil", null), lt("leaseUntil", now)));
        }
    }

    public Uni<List<OneThingAccount>> claimBatch(String replica, PassScope scope, Instant now) {
        Bson claimable = scope.filter(now);
        FindOptions candidates = new FindOptions().filter(claimable).projection(Projections.include("_id")).limit(config.batchSize());
        return accounts.mongoCollection().find(Document.class, candidates)
                .onItem().transformToUniAndConcatenate(candidate -> accounts.mongoCollection().findOneAndUpdate(
                        new Document("_id", candidate.getObjectId("_id")).append("$and", List.of(claimable)),
                        Updates.combine(Updates.set("leaseOwner", replica), Updates.set("leaseUntil", now.plus(config.lease()))),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .filter(Objects::nonNull)
                .collect().asList();
    }

    /** Gives the account back with its next poll time; false if it was unbound (or re-claimed) meanwhile. */
    public Uni<Boolean> release(String replica, ObjectId accountId, Instant polledAt, Instant nextPollAt, int consecutiveFailures) {
        return accounts.mongoCollection().updateOne(new Document("_id", accountId).append("leaseOwner", replica), Updates.combine(
                        Updates.set("nextPollAt", nextPollAt),
                        Updates.set("lastPolledAt", polledAt),
                        Updates.set("consecutiveFailures", consecutiveFailures),
                        Updates.unset("leaseOwner"),
                        Updates.unset("leaseUntil")))
                .map(result -> result.getMatchedCount() == 1);
    }

    public Uni<Long> countOverdue(Instant overdueBefore) {
        return accounts.count("nextPollAt < ?1", overdueBefore);
    }

}
