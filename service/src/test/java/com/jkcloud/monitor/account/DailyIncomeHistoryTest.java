package com.jkcloud.monitor.account;

import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DailyIncomeHistoryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DailyIncomeRepository history;

    @Inject
    DailyIncomeMigration migration;

    @Test
    void daysOfSeveralMonthsReadBackInOrderAndRetentionDropsOnlyOlderDays() {
        ObjectId owner = new ObjectId();
        ObjectId one = new ObjectId();
        ObjectId other = new ObjectId();
        Instant now = Instant.parse("2026-06-10T02:00:00Z");
        history.upsert(one, owner, Map.of("2026-04-30", coins("1.5"), "2026-05-01", coins("2"), "2026-05-20", coins("3")), now)
                .await().atMost(WAIT);
        history.upsert(other, owner, Map.of("2026-05-01", coins("4")), now).await().atMost(WAIT);
        history.upsert(one, owner, Map.of("2026-05-20", coins("3.25")), now).await().atMost(WAIT); // a later poll's figure wins

        assertEquals(List.of(new DailyIncomeRecord(one, "2026-05-01", coins("2")), new DailyIncomeRecord(other, "2026-05-01", coins("4")),
                        new DailyIncomeRecord(one, "2026-05-20", coins("3.25"))),
                history.listBetween(List.of(one, other), "2026-05-01", "2026-06-30").await().atMost(WAIT));
        assertEquals(4, history.listOwnedBetween(owner, "2026-01-01", "2026-12-31").await().atMost(WAIT).size());

        history.deleteBefore("2026-05-02").await().atMost(WAIT);
        assertEquals(List.of(new DailyIncomeRecord(one, "2026-05-20", coins("3.25"))),
                history.listOwnedBetween(owner, "2020-01-01", "2030-12-31").await().atMost(WAIT));
    }

    @Test
    void dayRecordsOfAnOlderVersionMoveIntoMonthsWithoutOverwritingNewerDays() {
        TestUsers.SignedUp user = TestUsers.newUser();
        ObjectId owner = new ObjectId(user.id());
        ObjectId account = new ObjectId();
        var legacy = history.mongoDatabase().getCollection(DailyIncomeMigration.LEGACY_COLLECTION);
        legacy.insertMany(List.of(legacyDay(account, owner, "2026-03-01", "1.1"), legacyDay(account, owner, "2026-04-02", "2.2"),
                legacyDay(account, owner, "2026-04-03", "9.9"))).await().atMost(WAIT);
        history.upsert(account, owner, Map.of("2026-04-03", coins("3.3")), Instant.now()).await().atMost(WAIT); // polled since

        assertEquals(3L, migration.migrate().await().atMost(WAIT));
        assertEquals(0L, migration.migrate().await().atMost(WAIT), "a second run finds nothing left");

        assertEquals(List.of(new DailyIncomeRecord(account, "2026-03-01", coins("1.1")), new DailyIncomeRecord(account, "2026-04-02", coins("2.2")),
                new DailyIncomeRecord(account, "2026-04-03", coins("3.3"))), history.listOwnedBetween(owner, "2026-01-01", "2026-12-31").await().atMost(WAIT));
        assertEquals(0L, legacy.countDocuments().await().atMost(WAIT));
    }

    private static Document legacyDay(ObjectId account, ObjectId owner, String date, String coins) {
        return new Document("_id", new ObjectId()).append("accountId", account).append("ownerId", owner).append("date", date)
                .append("coins", new Decimal128(new BigDecimal(coins))).append("updatedAt", new java.util.Date());
    }

    private static BigDecimal coins(String value) {
        return new BigDecimal(value);
    }
}
