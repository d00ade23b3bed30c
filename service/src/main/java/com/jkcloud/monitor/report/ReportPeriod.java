package com.jkcloud.monitor.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A report's period, whole China days {@code from}..{@code to}, and the period before it (for the change). */
public record ReportPeriod(ReportPeriod.Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        DAILY, WEEKLY, MONTHLY
    }

    /** The last period of this kind that ended before {@code today}: yesterday, last Monday–Sunday, last month. */
    public static ReportPeriod lastCompleted(Kind kind, LocalDate today) {
        return switch (kind) {
            case DAILY -> new ReportPeriod(kind, today.minusDays(1), today.minusDays(1));
            case WEEKLY -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new ReportPeriod(kind, monday, monday.plusDays(6));
            }
            case MONTHLY -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new ReportPeriod(kind, first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
        };
    }

    public ReportPeriod previous() {
        return switch (kind) {
            case DAILY -> new ReportPeriod(kind, from.minusDays(1), from.minusDays(1));
            case WEEKLY -> new ReportPeriod(kind, from.minusWeeks(1), to.minusWeeks(1));
            case MONTHLY -> {
                LocalDate first = from.minusMonths(1);
                yield new ReportPeriod(kind, first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
        };
    }
}
