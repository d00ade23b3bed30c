package com.jkcloud.monitor.monitor.mail;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.auth.NotificationSettings;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Quiet hours: "23:00"–"07:00" wraps midnight; start == end means none. */
public final class QuietHoursPolicy {

    private QuietHoursPolicy() {
    }

    /** When the quiet hours that contain {@code now} end; empty when {@code now} isn't in quiet hours. */
    public static Optional<Instant> endOfQuietHours(NotificationSettings.QuietHours quietHours, Instant now) {
        if (quietHours == null || quietHours.start == null || quietHours.end == null) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(quietHours.timeZone == null ? ChinaTime.ZONE_ID : quietHours.timeZone);
            LocalTime start = LocalTime.parse(quietHours.start);
            LocalTime end = LocalTime.parse(quietHours.end);
            if (start.equals(end)) {
                return Optional.empty();
            }
            ZonedDateTime local = now.atZone(zone);
            LocalTime time = local.toLocalTime();
            boolean wraps = start.isAfter(end);
            boolean inside = wraps ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
            if (!inside) {
                return Optional.empty();
            }
            ZonedDateTime endToday = local.with(end);
            ZonedDateTime endAt = endToday.isAfter(local) ? endToday : endToday.plusDays(1);
            return Optional.of(endAt.toInstant());
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }
}
