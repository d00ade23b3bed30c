package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.time.ChinaTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** The slots of a rule, in China time. */
final class AutoWithdrawSchedule {

    private AutoWithdrawSchedule() {
    }

    /** The first slot strictly after {@code after}. */
    static Instant nextSlotAfter(AutoWithdrawRule rule, Instant after) {
        ZonedDateTime local = after.atZone(ChinaTime.ZONE);
        ZonedDateTime candidate = local.toLocalDate().atTime(rule.hour, 0).atZone(ChinaTime.ZONE);
        if (rule.schedule == AutoWithdrawRule.Schedule.WEEKLY) {
            candidate = candidate.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(rule.dayOfWeek)));
        }
        while (!candidate.toInstant().isAfter(after)) {
            candidate = rule.schedule == AutoWithdrawRule.Schedule.WEEKLY ? candidate.plusWeeks(1) : candidate.plusDays(1);
        }
        return candidate.toInstant();
    }

    /** A slot missed while every replica was down is still run later the same China day, never on a later one. */
    static boolean stillRunnable(Instant slot, Instant now) {
        return chinaDate(slot).equals(chinaDate(now));
    }

    /** The withdrawal key of a slot: a space, which no Idempotency-Key may hold, so no request can take it. */
    static String slotKey(Instant slot) {
        return "auto slot " + slot;
    }

    private static LocalDate chinaDate(Instant instant) {
        return LocalDate.ofInstant(instant, ChinaTime.ZONE);
    }
}
