package com.jkcloud.monitor.account;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One account's daily incomes of one China-time month (the bucket pattern): a poll changes one document, a year of
 * history is twelve, and the history is kept at least 400 days.
 */
@MongoEntity(collection = "income_months")
public class IncomeMonth {
    /** {@code <accountId>:<YYYY-MM>}, so a poll's upsert is idempotent on any store without a second unique index. */
    public String id;
    public ObjectId accountId;
    public ObjectId ownerId;
    /** "YYYY-MM". */
    public String month;
    /** "YYYY-MM-DD" → coins earned that day. */
    public Map<String, BigDecimal> days = new TreeMap<>();
    public Instant updatedAt;

    static String key(ObjectId accountId, String month) {
        return accountId.toHexString() + ':' + month;
    }

    static String monthOf(String date) {
        return date.substring(0, 7);
    }
}
