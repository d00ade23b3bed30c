package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
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
                        .onFailure(DuplicateKeys::isDuplicateKey)
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
     * Records these lines' results and drops their sealed passwords, in one bulk write. Only the replica holding the
     * import's claim works on its lines, so a line is recorded once (a lapsed claim taken over may record it again).
     */
    public Uni<Void> record(ObjectId importId, List<ImportLine.Result> results) {
        List<WriteModel<ImportLine>> writes = results.stream().<WriteModel<ImportLine>>map(result -> new UpdateOneModel<>(
                new Document("_id", ImportLine.key(importId, result.line())),
                Updates.combine(Updates.set("status", result.status().name()), Updates.set("message", result.message()),
                        Updates.set("accountId", result.accountId()), Updates.unset("sealedPassword")))).toList();
        return mongoCollection().bulkWrite(writes, new BulkWriteOptions().ordered(false)).replaceWithVoid();
    }

    /** How many of the import's lines have each outcome, and how many are still pending: one {@code $group}. */
    public Uni<LineCounts> count(ObjectId importId) {
        List<Bson> pipeline = List.of(Aggregates.match(new Document("importId", importId)),
                Aggregates.group("$status", Accumulators.sum("count", 1)));
        return mongoCollection().aggregate(pipeline, Document.class).collect().asList().map(groups -> {
            Map<AccountImport.Outcome, Long> done = new EnumMap<>(AccountImport.Outcome.class);
            long pending = 0;
            for (Document group : groups) {
                long count = ((Number) group.get("count")).longValue();
                if (group.getString("_id") == null) {
                    pending = count;
                } else {
                    done.put(AccountImport.Outcome.valueOf(group.getString("_id")), count);
                }
            }
            return new LineCounts(done, pending);
        });
    }

    /** An import's lines by outcome, and the ones not yet done. */
    public record LineCounts(Map<AccountImport.Outcome, Long> done, long pending) {
    }
}
