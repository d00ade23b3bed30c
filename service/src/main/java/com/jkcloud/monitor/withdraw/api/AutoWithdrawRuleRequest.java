package com.jkcloud.monitor.withdraw.api;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** {@code PUT /api/v1/withdrawals/auto}: the whole rule. */
public record AutoWithdrawRuleRequest(Boolean enabled, BigDecimal minAmount, String schedule, Integer dayOfWeek,
                                      Integer hour, @Size(max = 1000) List<@Size(max = 64) String> accountIds,
                                      @Size(max = 64) String groupId) {
}
