package com.jkcloud.monitor.account;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's figures as of its last refresh, kept on the account so that stats read one small document
 * per account instead of scanning the daily history.
 */
// Stored inside a document: the Mongo codec builds it reflectively, also in a native image.
@RegisterForReflection
public class IncomeSummary {
    public BigDecimal totalIncome = BigDecimal.ZERO;
    public BigDecimal totalWithdrawn = BigDecimal.ZERO;
    /** China-time date "YYYY-MM-DD" → coins, for the most recent days (bounded). */
    public Map<String, BigDecimal> recentDays = new TreeMap<>();

    public BigDecimal withdrawable() {
        BigDecimal left = totalIncome.subtract(totalWithdrawn);
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }
}
