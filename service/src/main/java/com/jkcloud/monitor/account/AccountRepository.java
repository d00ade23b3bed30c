package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import com.mongodb.client.model.Projections;
import io.quarkus.mongodb.FindOptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class AccountRepository implements ReactivePanacheMongoRepository<OneThingAccount> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("username"));
        Indexes.ensure(mongoCollection(), ascending("ownerId"));
        Indexes.ensure(mongoCollection(), ascending("ownerId", "groupId"));
    }

    public Uni<List<OneThingAccount>> listByOwner(ObjectId ownerId) {
        return list("ownerId = ?1", io.quarkus.panache.common.Sort.ascending("createdAt"), ownerId);
    }

    /** How many of the owner's accounts each group holds (groups without accounts are left out): one {@code $group}. */
    public Uni<Map<ObjectId, Long>> countByGroup(ObjectId ownerId) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.and(
                        Filters.eq("ownerId", ownerId), Filters.ne("groupId", null))),
                Aggregates.group("$groupId", Accumulators.sum("count", 1)));
        return mongoCollection().aggregate(pipeline, Document.class).collect().asList().map(groups -> {
            Map<ObjectId, Long> counts = new java.util.HashMap<>();
            groups.forEach(group -> counts.put(group.getObjectId("_id"), ((Number) group.get("count")).longValue()));
            return counts;
        });
    }

    public Uni<List<OneThingAccount>> listByGroup(ObjectId ownerId, ObjectId groupId) {
        return list("ownerId = ?1 and groupId = ?2", io.quarkus.panache.common.Sort.ascending("createdAt"), ownerId, groupId);
    }

    /** Takes every account of the owner out of a deleted group in one update. */
    public Uni<Void> leaveGroup(ObjectId ownerId, ObjectId groupId) {
        return mongoCollection().updateMany(new Document("ownerId", ownerId).append("groupId", groupId),
                Updates.unset("groupId")).replaceWithVoid();
    }

    /** The account if it belongs to {@code ownerId}; null otherwise, so callers can't tell "not yours" from "missing". */
    public Uni<OneThingAccount> findOwned(ObjectId accountId, ObjectId ownerId) {
        return find("_id = ?1 and ownerId = ?2", accountId, ownerId).firstResult();
    }

    /** These accounts (missing ones are left out), in one query. */
    public Uni<List<OneThingAccount>> listByIds(Collection<ObjectId> accountIds) {
        return accountIds.isEmpty() ? Uni.createFrom().item(List.of())
                : mongoCollection().find(in("_id", accountIds)).collect().asList();
    }

    /** Poll fields the accounts carried before the monitor kept its own schedule; read once, by its migration. */
    public record LegacyPollFields(ObjectId accountId, Instant lastPolledAt, Instant nextPollAt, int consecutiveFailures) {
    }

    private static final List<String> LEGACY_POLL_FIELDS = List.of("nextPollAt", "leaseOwner", "leaseUntil", "consecutiveFailures");

    public Uni<List<LegacyPollFields>> withLegacyPollFields() {
        Bson legacy = or(LEGACY_POLL_FIELDS.stream().map(field -> exists(field)).toList());
        return mongoCollection().find(Document.class, new FindOptions().filter(legacy)
                        .projection(Projections.include("lastPolledAt", "nextPollAt", "consecutiveFailures")))
                .map(found -> new LegacyPollFields(found.getObjectId("_id"), instant(found.getDate("lastPolledAt")),
                        instant(found.getDate("nextPollAt")), found.getInteger("consecutiveFailures", 0)))
                .collect().asList();
    }

    public Uni<Void> dropLegacyPollFields(Collection<ObjectId> accountIds) {
        return accountIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", accountIds),
                        Updates.combine(LEGACY_POLL_FIELDS.stream().map(Updates::unset).toList())).replaceWithVoid();
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    public Uni<Boolean> existsByUsername(String username) {
        // a find on the unique index, not a count (which the embedded store answers by scanning)
        return mongoCollection().find(new Document("username", username), new FindOptions().projection(Projections.include("_id")).limit(1))
                .collect().first().map(found -> found != null);
    }

    /** Stores what a refresh learnt: the figures, and that the account works again. */
    public Uni<Void> recordRefresh(ObjectId accountId, IncomeSummary income, List<String> deviceIds, Instant polledAt) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("deviceIds", deviceIds),
                Updates.set("income.totalIncome", income.totalIncome),
                Updates.set("income.totalWithdrawn", income.totalWithdrawn),
                Updates.set("income.recentDays", income.recentDays),
                Updates.set("status", AccountStatus.OK.name()),
                Updates.unset("statusMessage"),
                Updates.set("lastPolledAt", polledAt)));
        return mongoCollection().updateOne(byId(accountId), Updates.combine(updates)).replaceWithVoid();
    }

    /** A filter the embedded store answers from the _id index (it scans for {@code $and} forms). */
    public static Document byId(ObjectId accountId) {
        return new Document("_id", accountId);
    }

    public Uni<Void> markPolled(Collection<ObjectId> accountIds, Instant polledAt) {
        return accountIds.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(in("_id", accountIds), Updates.set("lastPolledAt", polledAt)).replaceWithVoid();
    }

    public Uni<Void> recordFailure(ObjectId accountId, AccountStatus status, String message, Instant polledAt) {
        return mongoCollection().updateOne(byId(accountId), Updates.combine(
                Updates.set("status", status.name()),
                Updates.set("statusMessage", message),
                Updates.set("lastPolledAt", polledAt))).replaceWithVoid();
    }

    public Uni<Void> recordWithdrawn(ObjectId accountId, java.math.BigDecimal totalWithdrawn) {
        return mongoCollection().updateOne(byId(accountId), Updates.set("income.totalWithdrawn", totalWithdrawn))
                .replaceWithVoid();
    }

    public Uni<Void> setFields(ObjectId accountId, Map<String, Object> fields) {
        List<Bson> updates = fields.entrySet().stream()
                .map(field -> field.getValue() == null ? Updates.unset(field.getKey()) : Updates.set(field.getKey(), field.getValue()))
                .toList();
        return mongoCollection().updateOne(byId(accountId), Updates.combine(updates)).replaceWithVoid();
    }
}
