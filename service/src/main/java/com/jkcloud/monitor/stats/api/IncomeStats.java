package com.jkcloud.monitor.stats.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/v1/stats/income}. The {@code ...Usdt} fields appear when a coin price is known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncomeStats(
        BigDecimal yesterdayTotal,
        BigDecimal yesterdayAverage,
        BigDecimal monthIncome,
        BigDecimal totalIncome,
        BigDecimal totalWithdrawn,
        BigDecimal withdrawable,
        int deviceCount,
        List<DayIncome> days,
        BigDecimal yesterdayTotalUsdt,
        BigDecimal yesterdayAverageUsdt,
        BigDecimal monthIncomeUsdt,
        BigDecimal totalIncomeUsdt,
        BigDecimal totalWithdrawnUsdt,
        BigDecimal withdrawableUsdt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DayIncome(String date, BigDecimal income, BigDecimal incomeUsdt) {
    }
}
