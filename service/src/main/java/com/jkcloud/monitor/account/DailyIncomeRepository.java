package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepository;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Indexes.ascending;

/** The long daily history, one record per account per day, upserted idempotently. */
@ApplicationScoped
public class DailyIncomeRepository implements ReactivePanacheMongoRepository<DailyIncomeRecord> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensureUnique(mongoCollection(), ascending("accountId", "date"));
        Indexes.ensure(mongoCollection(), ascending("ownerId", "date"));
    }

    public Uni<Void> upsert(ObjectId accountId, ObjectId ownerId, Map<String, BigDecimal> coinsByDate, Instant now) {
        if (coinsByDate.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<WriteModel<DailyIncomeRecord>> writes = coinsByDate.entrySet().stream()
                .<WriteModel<DailyIncomeRecord>>map(day -> new UpdateOneModel<>(
                        // a plain document, not $and: the embedded store then finds the record by its unique index
                        new Document("accountId", accountId).append("date", day.getKey()),
                        Updates.combine(Updates.set("ownerId", ownerId), Updates.set("coins", day.getValue()),
                                Updates.set("updatedAt", now)),
                        new UpdateOptions().upsert(true)))
                .toList();
        return mongoCollection().bulkWrite(writes).replaceWithVoid();
    }

    /** These accounts' days from {@code firstDate} to {@code lastDate} (inclusive), by date then account. */
    public Uni<List<DailyIncomeRecord>> listBetween(Collection<ObjectId> accountIds, String firstDate, String lastDate) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return mongoCollection().find(Filters.and(Filters.in("accountId", accountIds), Filters.gte("date", firstDate),
                        Filters.lte("date", lastDate)), new FindOptions().sort(new Document("date", 1).append("accountId", 1)))
                .collect().asList();
    }

    public Uni<Long> deleteByAccount(ObjectId accountId) {
        return delete("accountId", accountId);
    }

    /** Drops days older than the retention; the date strings sort like the dates they name. */
    public Uni<Long> deleteBefore(String oldestKeptDate) {
        return mongoCollection().deleteMany(lt("date", oldestKeptDate)).map(result -> result.getDeletedCount());
    }
}
