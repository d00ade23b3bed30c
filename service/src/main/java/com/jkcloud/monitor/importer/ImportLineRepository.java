package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Indexes.ascending;

/** The lines of bulk imports: stored in one insert, each result recorded in place, read back in line order. */
@ApplicationScoped
public class ImportLineRepository implements ReactivePanacheMongoRepositoryBase<ImportLine, String> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("importId", "status", "line"));
        Indexes.ensure(mongoCollection(), ascending("importId", "line"));
    }

    /** Stores an import's lines; lines already stored (a repeated call) are left as they are. */
    public Uni<Void> store(List<ImportLine> lines) {
        return lines.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().insertMany(lines, new InsertManyOptions().ordered(false)).replaceWithVoid()
                        .onFailure(failure -> com.jkcloud.monitor.common.store.DuplicateKeys.isDuplicateKey(failure))
                        .recoverWithNull().replaceWithVoid();
    }

    public Uni<List<ImportLine>> pending(ObjectId importId) {
        return mongoCollection().find(new Document("importId", importId).append("status", null),
                new FindOptions().sort(new Document("line", 1))).collect().asList();
    }

    /** Every line of the import in line order, results as far as known (sealed passwords left out). */
    public Uni<List<ImportLine>> results(ObjectId importId) {
        return mongoCollection().find(new Document("importId", importId),
                new FindOptions().sort(new Document("line", 1)).projection(new Document("sealedPassword", 0))).collect().asList();
    }

    /**
     * Records a line's result and drops its sealed password; false if the line is gone. Only the replica holding the
     * import's claim works on its lines, so a line is recorded once (a lapsed claim taken over may record it again).
     */
    public Uni<Boolean> record(ObjectId importId, ImportLine.Result result) {
        return mongoCollection().updateOne(new Document("_id", ImportLine.key(importId, result.line())),
                        Updates.combine(Updates.set("status", result.status().name()), Updates.set("message", result.message()),
                                Updates.set("accountId", result.accountId()), Updates.unset("sealedPassword")))
                .map(update -> update.getMatchedCount() == 1);
    }

    /** How many of the import's lines have each outcome, and how many are still pending (under the null key). */
    public Uni<Map<AccountImport.Outcome, Long>> countByOutcome(ObjectId importId) {
        List<Uni<Map.Entry<AccountImport.Outcome, Long>>> counts = java.util.Arrays.stream(AccountImport.Outcome.values())
                .map(outcome -> mongoCollection().countDocuments(Filters.and(Filters.eq("importId", importId),
                        Filters.eq("status", outcome.name()))).map(count -> Map.entry(outcome, count)))
                .toList();
        return Uni.join().all(counts).andFailFast().map(entries -> {
            Map<AccountImport.Outcome, Long> byOutcome = new EnumMap<>(AccountImport.Outcome.class);
            entries.forEach(entry -> byOutcome.put(entry.getKey(), entry.getValue()));
            return byOutcome;
        });
    }

    public Uni<Long> countPending(ObjectId importId) {
        return mongoCollection().countDocuments(new Document("importId", importId).append("status", null));
    }
}
