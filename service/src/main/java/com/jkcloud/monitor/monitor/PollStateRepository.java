package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Indexes.ascending;

/** The monitor's poll schedule: every write is by account id, every read of several accounts one {@code $in}. */
@ApplicationScoped
public class PollStateRepository implements ReactivePanacheMongoRepositoryBase<PollState, ObjectId> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("nextPollAt"));
        Indexes.ensure(mongoCollection(), ascending("lastPolledAt"));
    }

    /** The ids of the accounts this filter wants, in one query. */
    public Uni<List<ObjectId>> idsMatching(Bson filter) {
        return mongoCollection().find(Document.class, new FindOptions().filter(filter).projection(Projections.include("_id")))
                .map(found -> found.getObjectId("_id"))
                .collect().asList();
    }

    public Uni<List<PollState>> ofAccounts(Collection<ObjectId> accountIds) {
        return accountIds.isEmpty() ? Uni.createFrom().item(List.of())
                : mongoCollection().find(in("_id", accountIds)).collect().asList();
    }

    public Uni<Map<ObjectId, Instant>> nextPolls(Collection<ObjectId> accountIds) {
        return ofAccounts(accountIds).map(states -> {
            Map<ObjectId, Instant> next = new HashMap<>();
            states.forEach(state -> next.put(state.id, state.nextPollAt));
            return next;
        });
    }

    /** What polls decided, in one bulk write; answers how many states it found (an unbound account's is gone). */
    public Uni<Integer> recordPolls(List<AccountLeases.Release> releases) {
        List<WriteModel<PollState>> writes = releases.stream().<WriteModel<PollState>>map(release -> new UpdateOneModel<>(
                byId(release.accountId()), Updates.combine(
                        Updates.set("nextPollAt", release.nextPollAt()),
                        Updates.set("lastPolledAt", release.polledAt()),
                        Updates.set("consecutiveFailures", release.consecutiveFailures())))).toList();
        return writes.isEmpty() ? Uni.createFrom().item(0)
                : mongoCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).map(result -> result.getMatchedCount());
    }

    /** Polls the account at {@code nextPollAt} with its failures forgotten; creates its state if it has none. */
    public Uni<Void> schedule(ObjectId accountId, Instant nextPollAt, Instant lastPolledIfNew) {
        return mongoCollection().updateOne(byId(accountId), Updates.combine(
                        Updates.set("nextPollAt", nextPollAt),
                        Updates.set("consecutiveFailures", 0),
                        Updates.setOnInsert("lastPolledAt", lastPolledIfNew)),
                new UpdateOptions().upsert(true)).replaceWithVoid();
    }

    /** Adds these states where an account has none yet (a one-off migration; running it twice changes nothing). */
    public Uni<Void> insertMissing(Collection<PollState> states) {
        if (states.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<WriteModel<PollState>> writes = states.stream().<WriteModel<PollState>>map(state -> new UpdateOneModel<>(
                byId(state.id),
                Updates.combine(Updates.setOnInsert("nextPollAt", state.nextPollAt),
                        Updates.setOnInsert("lastPolledAt", state.lastPolledAt),
                        Updates.setOnInsert("consecutiveFailures", state.consecutiveFailures)),
                new UpdateOptions().upsert(true))).toList();
        return mongoCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).replaceWithVoid();
    }

    public Uni<Void> deleteOf(ObjectId accountId) {
        return mongoCollection().deleteOne(byId(accountId)).replaceWithVoid();
    }

    public Uni<Long> countOverdue(Instant overdueBefore) {
        return mongoCollection().countDocuments(lt("nextPollAt", overdueBefore));
    }

    /** A plain {@code _id} filter: answered from the id index by any store, the embedded one included. */
    private static Document byId(ObjectId accountId) {
        return new Document("_id", accountId);
    }
}
