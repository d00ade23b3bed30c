package com.jkcloud.monitor.onething;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Coins earned by one account on one China-time day. */
public record DailyIncome(LocalDate date, BigDecimal coins) {
}
