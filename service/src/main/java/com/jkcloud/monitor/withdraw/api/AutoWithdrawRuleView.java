package com.jkcloud.monitor.withdraw.api;

import java.math.BigDecimal;
import java.util.List;

/** The caller's automatic withdrawal rule; {@code lastRun} is the last withdrawal it made, or null. */
public record AutoWithdrawRuleView(boolean enabled, BigDecimal minAmount, String schedule, Integer dayOfWeek, int hour,
                                   List<String> accountIds, String groupId, Long nextRunAt, WithdrawalView lastRun) {
}
