package com.jkcloud.monitor.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Coins one simulated account earned on one China-time day. */
public record SimulatedIncome(LocalDate date, BigDecimal coins) {
}
