package com.jkcloud.monitor.account;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;

/** One account's income on one China-time day: the long history (kept at least 400 days). */
@MongoEntity(collection = "daily_incomes")
public class DailyIncomeRecord {
    public ObjectId id;
    public ObjectId accountId;
    public ObjectId ownerId;
    /** "YYYY-MM-DD", China time. Unique per account. */
    public String date;
    public BigDecimal coins;
    public Instant updatedAt;
}
