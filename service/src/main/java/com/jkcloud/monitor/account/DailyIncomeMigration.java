package com.jkcloud.monitor.account;

import com.mongodb.client.model.Filters;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One-off, in the background at start: the day records an older version kept one per document ({@code daily_incomes})
 * move into month buckets, a batch at a time. Copy (never over a day a poll has stored since) before delete, so a crash
 * or a second replica doing the same in between changes nothing.
 */
@ApplicationScoped
public class DailyIncomeMigration {

    private static final Logger LOG = Logger.getLogger(DailyIncomeMigration.class);
    static final String LEGACY_COLLECTION = "daily_incomes";
    private static final int BATCH = 2_000;

    private final DailyIncomeRepository months;
    private final Clock clock;

    public DailyIncomeMigration(DailyIncomeRepository months, Clock clock) {
        this.months = months;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent startup) {
        migrate().onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).atMost(20)
                .subscribe().with(moved -> {
                    if (moved > 0) {
                        LOG.infof("Moved %d daily income records into month buckets", moved);
                    }
                }, failure -> LOG.errorf("Moving daily incomes into month buckets failed: %s", failure.getMessage()));
    }

    /** Answers how many old records were moved. */
    public Uni<Long> migrate() {
        return moveBatch(0L);
    }

    private Uni<Long> moveBatch(long movedSoFar) {
        ReactiveMongoCollection<Document> legacy = months.mongoDatabase().getCollection(LEGACY_COLLECTION);
        return legacy.find(new FindOptions().limit(BATCH)).collect().asList().flatMap(batch -> batch.isEmpty()
                ? Uni.createFrom().item(movedSoFar)
                : copy(batch).flatMap(copied -> legacy.deleteMany(Filters.in("_id", batch.stream().map(old -> old.get("_id")).toList())))
                        .flatMap(deleted -> moveBatch(movedSoFar + batch.size())));
    }

    private Uni<Void> copy(List<Document> batch) {
        Map<ObjectId, List<Document>> byAccount = batch.stream().collect(Collectors.groupingBy(old -> old.getObjectId("accountId")));
        return months.listBetween(byAccount.keySet(), "0000-01-01", "9999-12-31").flatMap(stored -> {
            Set<String> storedDays = stored.stream().map(day -> day.accountId().toHexString() + day.date()).collect(Collectors.toSet());
            List<Uni<Void>> writes = byAccount.entrySet().stream().map(account -> {
                Map<String, BigDecimal> missing = new HashMap<>();
                ObjectId ownerId = null;
                for (Document old : account.getValue()) {
                    ownerId = old.getObjectId("ownerId");
                    String date = old.getString("date");
                    if (!storedDays.contains(account.getKey().toHexString() + date)) {
                        missing.put(date, coins(old.get("coins")));
                    }
                }
                return months.upsert(account.getKey(), ownerId, missing, clock.instant());
            }).toList();
            return writes.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(writes).andFailFast().replaceWithVoid();
        });
    }

    private static BigDecimal coins(Object stored) {
        return stored instanceof Decimal128 decimal ? decimal.bigDecimalValue()
                : stored == null ? BigDecimal.ZERO : new BigDecimal(stored.toString());
    }
}
