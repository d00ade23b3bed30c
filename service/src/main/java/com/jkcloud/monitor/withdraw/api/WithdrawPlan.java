package com.jkcloud.monitor.withdraw.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/v1/withdrawals/plan}: per account what a withdraw-all would draw now (stored figures, rounded
 * down as a draw is), and their sum, which is the income page's {@code withdrawable}.
 */
public record WithdrawPlan(List<AccountAmount> accounts, BigDecimal total) {

    public record AccountAmount(String accountId, String name, String username, BigDecimal amount) {
    }
}
