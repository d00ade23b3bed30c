package com.jkcloud.monitor.withdraw.api;

import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.withdraw.Withdrawal;

import java.math.BigDecimal;
import java.util.List;

public record WithdrawalView(String id, String idempotencyKey, List<Result> results, BigDecimal total,
                             Withdrawal.Trigger trigger,
                             long createdAt, Long completedAt) {

    public record Result(String accountId, String accountName, BigDecimal amount, Withdrawal.Outcome status, String message) {
    }

    public static WithdrawalView of(Withdrawal withdrawal) {
        List<Result> results = withdrawal.results.stream()
                .map(result -> new Result(result.accountId, result.accountName, Coins.rounded(result.amount),
                        result.status, result.message))
                .toList();
        return new WithdrawalView(withdrawal.id.toHexString(), withdrawal.idempotencyKey, results,
                Coins.rounded(withdrawal.total),
                withdrawal.trigger == null ? Withdrawal.Trigger.MANUAL : withdrawal.trigger, withdrawal.createdAt.toEpochMilli(),
                withdrawal.completedAt == null ? null : withdrawal.completedAt.toEpochMilli());
    }
}
