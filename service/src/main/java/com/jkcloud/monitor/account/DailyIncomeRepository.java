package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.quarkus.mongodb.panache.reactive.ReactivePanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Indexes.ascending;

/** The long daily history in month buckets ({@link IncomeMonth}): one upsert per month a poll touches, idempotent. */
@ApplicationScoped
public class DailyIncomeRepository implements ReactivePanacheMongoRepositoryBase<IncomeMonth, String> {

    void createIndexes(@Observes StartupEvent startup) {
        Indexes.ensure(mongoCollection(), ascending("accountId", "month"));
        Indexes.ensure(mongoCollection(), ascending("ownerId", "month"));
        Indexes.ensure(mongoCollection(), ascending("month"));
    }

    public Uni<Void> upsert(ObjectId accountId, ObjectId ownerId, Map<String, BigDecimal> coinsByDate, Instant now) {
        if (coinsByDate.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Map<String, BigDecimal>> byMonth = coinsByDate.entrySet().stream().collect(Collectors.groupingBy(
                day -> IncomeMonth.monthOf(day.getKey()), TreeMap::new, Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        List<WriteModel<IncomeMonth>> writes = byMonth.entrySet().stream().<WriteModel<IncomeMonth>>map(month -> {
            List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert("accountId", accountId),
                    Updates.setOnInsert("month", month.getKey()), Updates.set("ownerId", ownerId), Updates.set("updatedAt", now)));
            month.getValue().forEach((date, coins) -> updates.add(Updates.set("days." + date, coins)));
            return new UpdateOneModel<>(new Document("_id", IncomeMonth.key(accountId, month.getKey())), Updates.combine(updates),
                    new UpdateOptions().upsert(true));
        }).toList();
        return mongoCollection().bulkWrite(writes).replaceWithVoid();
    }

    /** These accounts' days from {@code firstDate} to {@code lastDate} (inclusive), by date then account. */
    public Uni<List<DailyIncomeRecord>> listBetween(Collection<ObjectId> accountIds, String firstDate, String lastDate) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return daysBetween(Filters.in("accountId", accountIds), firstDate, lastDate);
    }

    /** All of one user's accounts' days from {@code firstDate} to {@code lastDate} (inclusive), by date then account. */
    public Uni<List<DailyIncomeRecord>> listOwnedBetween(ObjectId ownerId, String firstDate, String lastDate) {
        return daysBetween(Filters.eq("ownerId", ownerId), firstDate, lastDate);
    }

    private Uni<List<DailyIncomeRecord>> daysBetween(Bson whose, String firstDate, String lastDate) {
        Bson months = Filters.and(whose, Filters.gte("month", IncomeMonth.monthOf(firstDate)),
                Filters.lte("month", IncomeMonth.monthOf(lastDate)));
        return mongoCollection().find(months).collect().asList().map(found -> found.stream()
                .flatMap(month -> month.days.entrySet().stream()
                        .filter(day -> day.getKey().compareTo(firstDate) >= 0 && day.getKey().compareTo(lastDate) <= 0)
                        .map(day -> new DailyIncomeRecord(month.accountId, day.getKey(), day.getValue())))
                .sorted(Comparator.comparing(DailyIncomeRecord::date).thenComparing(DailyIncomeRecord::accountId))
                .toList());
    }

    public Uni<Long> deleteByAccount(ObjectId accountId) {
        return mongoCollection().deleteMany(Filters.eq("accountId", accountId)).map(result -> result.getDeletedCount());
    }

    /**
     * Drops days older than the retention: whole months before {@code oldestKeptDate}'s, and that month's earlier days.
     * Answers how many month buckets went; the date strings sort like the dates they name.
     */
    public Uni<Long> deleteBefore(String oldestKeptDate) {
        String keptMonth = IncomeMonth.monthOf(oldestKeptDate);
        List<Bson> olderDays = new ArrayList<>();
        for (int day = 1; day < Integer.parseInt(oldestKeptDate.substring(8)); day++) {
            olderDays.add(Updates.unset("days." + keptMonth + '-' + (day < 10 ? "0" : "") + day));
        }
        Uni<Void> trimmed = olderDays.isEmpty() ? Uni.createFrom().voidItem()
                : mongoCollection().updateMany(Filters.eq("month", keptMonth), Updates.combine(olderDays)).replaceWithVoid();
        return trimmed.flatMap(done -> mongoCollection().deleteMany(Filters.lt("month", keptMonth)))
                .map(result -> result.getDeletedCount());
    }
}
