package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Indexes.ascending;

@ApplicationScoped
public class ImportRepository implements ReactivePanacheMongoRepository<AccountImport> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("status", "leaseUntil"));
        Indexes.ensure(mongoCollection(), ascending("ownerId"));
    }

    public Uni<AccountImport> findOwned(ObjectId importId, ObjectId ownerId) {
        // a plain document: any store answers it from the id index
        return mongoCollection().find(new Document("_id", importId).append("ownerId", ownerId)).collect().first();
    }

    /** Takes a running import whose claim lapsed (its replica died), for {@code leaseOwner}; null if none. */
    public Uni<AccountImport> claimAbandoned(String leaseOwner, Instant now, Instant leaseUntil) {
        return mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("status", AccountImport.Status.RUNNING.name()), Filters.lt("leaseUntil", now)),
                Updates.combine(Updates.set("leaseOwner", leaseOwner), Updates.set("leaseUntil", leaseUntil)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    /** Counts more lines done with these outcomes and extends the claim (progress; {@link #finish} sets exact counts). */
    public Uni<Void> countLines(ObjectId importId, Map<AccountImport.Outcome, Integer> outcomes, Instant now, Instant leaseUntil) {
        Map<String, Integer> byCounter = new HashMap<>();
        outcomes.forEach((outcome, count) -> byCounter.merge(counter(outcome), count, Integer::sum));
        List<Bson> updates = new ArrayList<>(List.of(Updates.inc("done", outcomes.values().stream().mapToInt(Integer::intValue).sum()),
                Updates.set("updatedAt", now), Updates.set("leaseUntil", leaseUntil)));
        byCounter.forEach((counter, count) -> updates.add(Updates.inc(counter, count)));
        return mongoCollection().updateOne(new Document("_id", importId), Updates.combine(updates)).replaceWithVoid();
    }

    private static String counter(AccountImport.Outcome outcome) {
        return switch (outcome) {
            case BOUND -> "bound";
            case ALREADY_BOUND -> "skipped";
            default -> "failed";
        };
    }

    /** Marks the import done with the counts of its lines' outcomes. */
    public Uni<Void> finish(ObjectId importId, Map<AccountImport.Outcome, Long> outcomes, Instant now) {
        long bound = outcomes.getOrDefault(AccountImport.Outcome.BOUND, 0L);
        long skipped = outcomes.getOrDefault(AccountImport.Outcome.ALREADY_BOUND, 0L);
        long all = outcomes.values().stream().mapToLong(Long::longValue).sum();
        return mongoCollection().updateOne(new Document("_id", importId), Updates.combine(
                Updates.set("status", AccountImport.Status.DONE.name()), Updates.set("done", (int) all), Updates.set("bound", (int) bound),
                Updates.set("skipped", (int) skipped), Updates.set("failed", (int) (all - bound - skipped)), Updates.set("updatedAt", now),
                Updates.unset("leaseOwner"), Updates.unset("leaseUntil"))).replaceWithVoid();
    }

    /** Imports an older version stored with their lines inside. */
    public Uni<List<AccountImport>> withLegacyLines() {
        return mongoCollection().find(Filters.or(Filters.exists("pending"), Filters.exists("results"))).collect().asList();
    }

    public Uni<Void> dropLegacyLines(ObjectId importId) {
        return mongoCollection().updateOne(new Document("_id", importId), Updates.combine(Updates.unset("pending"), Updates.unset("results")))
                .replaceWithVoid();
    }
}
