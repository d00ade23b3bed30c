package com.jkcloud.monitor.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a report tells: income of the period and of the one before ({@code changePercent} null when that was 0),
 * withdrawals, the fleet's share of online devices (device statuses now), alerts raised and accounts whose login fails.
 */
public record ReportFigures(ReportPeriod period, BigDecimal income, BigDecimal previousIncome, BigDecimal changePercent,
                            BigDecimal withdrawn, int withdrawals, int online, int devices, BigDecimal uptimePercent,
                            long offlineAlerts, long exceptionAlerts, long recoveredAlerts, long authFailedAlerts,
                            List<String> authFailedAccounts) {
}
