package com.jkcloud.monitor.withdraw;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A user's automatic withdrawal rule: one document per user, keyed by the user's id. */
@MongoEntity(collection = "auto_withdraw_rules")
public class AutoWithdrawRule {

    public enum Schedule {
        DAILY, WEEKLY
    }

    public ObjectId id;
    public boolean enabled;
    /** An account is drawn only when its withdrawable is at least this. */
    public BigDecimal minAmount = BigDecimal.ZERO;
    public Schedule schedule = Schedule.DAILY;
    /** ISO day of week (1 = Monday), for WEEKLY. */
    public Integer dayOfWeek;
    /** Hour of the day, China time. */
    public int hour;
    /** Chosen accounts; empty with no group = all of the user's accounts. */
    public List<ObjectId> accountIds = new ArrayList<>();
    public ObjectId groupId;
    /** The slot the rule runs next; null while disabled. Advanced by whoever claims (or skips) the slot. */
    public Instant nextRunAt;
    public Instant updatedAt;
}
