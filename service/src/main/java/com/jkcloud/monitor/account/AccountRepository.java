package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class AccountRepository implements ReactivePanacheMongoRepository<OneThingAccount> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("username"));
        Indexes.ensure(mongoCollection(), ascending("ownerId"));
    }

    public Uni<List<OneThingAccount>> listByOwner(ObjectId ownerId) {
        return list("ownerId = ?1", io.quarkus.panache.common.Sort.ascending("createdAt"), ownerId);
    }

    /** The account if it belongs to {@code ownerId}; null otherwise, so callers can't tell "not yours" from "missing". */
    public Uni<OneThingAccount> findOwned(ObjectId accountId, ObjectId ownerId) {
        return find("_id = ?1 and ownerId = ?2", accountId, ownerId).firstResult();
    }

    public Uni<Boolean> existsByUsername(String username) {
        return count("username", username).map(count -> count > 0);
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
