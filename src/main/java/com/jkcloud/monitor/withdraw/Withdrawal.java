package com.jkcloud.monitor.withdraw;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One "withdraw all" request, keyed by the caller's Idempotency-Key. The unique (ownerId, key) index
 * is what makes a replay, even a concurrent one, draw nothing again.
 */
@MongoEntity(collection = "withdrawals")
public class Withdrawal {

    public enum State {
        IN_PROGRESS, COMPLETED
    }

    public enum Outcome {
        DONE, FAILED, SKIPPED
    }

    @RegisterForReflection
    public static class AccountResult {
        public String accountId;
        public String accountName;
        public BigDecimal amount;
        public Outcome status;
        public String message;
    }

    public ObjectId id;
    public ObjectId ownerId;
    public String idempotencyKey;
    public State state;
    public List<AccountResult> results = new ArrayList<>();
    public BigDecimal total;
    public Instant createdAt;
    public Instant completedAt;
}
