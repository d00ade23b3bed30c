package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.availability.StatusInterval;
import com.jkcloud.monitor.account.DeviceStatus;
import com.jkcloud.monitor.stats.api.Availability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Clips stored status intervals to a window and fills what no poll saw with {@code unknown}. */
final class Timelines {

    static final String UNKNOWN = "unknown";

    private Timelines() {
    }

    /** The contiguous timeline of {@code [from, to]}; the open interval holds until {@code to} (its status as last seen). */
    static List<Availability.Stretch> of(List<StatusInterval> intervals, Instant from, Instant to) {
        List<Availability.Stretch> timeline = new ArrayList<>();
        long cursor = from.toEpochMilli();
        long end = to.toEpochMilli();
        for (StatusInterval interval : intervals) {
            long start = Math.max(cursor, interval.from.toEpochMilli());
            long stop = Math.min(end, interval.open ? end : interval.to.toEpochMilli());
            if (stop <= start) {
                continue;
            }
            if (start > cursor) {
                add(timeline, cursor, start, UNKNOWN);
            }
            add(timeline, start, stop, interval.status.wireName());
            cursor = stop;
        }
        if (cursor < end) {
            add(timeline, cursor, end, UNKNOWN);
        }
        return timeline;
    }

    /** Online share of the time some poll saw the device; null when none did. */
    static BigDecimal uptime(List<Availability.Stretch> timeline) {
        long known = 0;
        long online = 0;
        for (Availability.Stretch stretch : timeline) {
            long length = stretch.to() - stretch.from();
            if (!UNKNOWN.equals(stretch.status())) {
                known += length;
            }
            if (DeviceStatus.ONLINE.wireName().equals(stretch.status())) {
                online += length;
            }
        }
        return known == 0 ? null : BigDecimal.valueOf(online).divide(BigDecimal.valueOf(known), 4, RoundingMode.HALF_UP);
    }

    private static void add(List<Availability.Stretch> timeline, long from, long to, String status) {
        if (!timeline.isEmpty()) {
            Availability.Stretch last = timeline.get(timeline.size() - 1);
            if (last.status().equals(status) && last.to() == from) {
                timeline.set(timeline.size() - 1, new Availability.Stretch(last.from(), to, status));
                return;
            }
        }
        timeline.add(new Availability.Stretch(from, to, status));
    }
}
