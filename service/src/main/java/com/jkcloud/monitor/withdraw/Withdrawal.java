package com.jkcloud.monitor.withdraw;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One "withdraw all" request, keyed by the caller's Idempotency-Key. The unique (ownerId, key) index
 * is what makes a replay, even a concurrent one, draw nothing again. While it runs, the run that holds it
 * ({@code runId}, until {@code leaseUntil}) journals each draw before sending it and settles each account after,
 * so that a request finding it abandoned can tell from upstream's history what was drawn.
 */
@MongoEntity(collection = "withdrawals")
public class Withdrawal {

    public enum State {
        IN_PROGRESS, COMPLETED
    }

    public enum Outcome {
        DONE, FAILED, SKIPPED
    }

    /** Who asked: the user (a request) or their automatic withdrawal rule (a scheduled slot). */
    public enum Trigger {
        MANUAL, AUTO
    }

    @RegisterForReflection
    public static class AccountResult {
        public String accountId;
        public String accountName;
        public BigDecimal amount;
        public Outcome status;
        public String message;
    }

    /** A draw about to be sent: upstream's {@code totalOutcome} before it tells later whether it went through. */
    @RegisterForReflection
    public static class PendingDraw {
        public BigDecimal amount;
        public BigDecimal outcomeBefore;
    }

    public ObjectId id;
    public ObjectId ownerId;
    public String idempotencyKey;
    /** Null on records written before automatic withdrawals existed: those are MANUAL. */
    public Trigger trigger;
    public State state;
    public List<ObjectId> accountIds = new ArrayList<>();
    public String runId;
    public Instant leaseUntil;
    /** Account id (hex) → the draw journaled for it. */
    public Map<String, PendingDraw> drawing = new HashMap<>();
    /** Account id (hex) → its result, once known. */
    public Map<String, AccountResult> settled = new HashMap<>();
    public List<AccountResult> results = new ArrayList<>();
    public BigDecimal total;
    public Instant createdAt;
    public Instant completedAt;
}
