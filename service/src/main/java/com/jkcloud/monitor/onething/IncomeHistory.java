package com.jkcloud.monitor.onething;

import java.math.BigDecimal;
import java.util.List;

/**
 * An account's incomes: {@code totalIncome} over its lifetime, and the daily entries of the current
 * month (and the previous one when asked for), newest first.
 */
public record IncomeHistory(BigDecimal totalIncome, List<DailyIncome> days) {
}
