package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.i18n.Bundles;
import com.jkcloud.monitor.common.i18n.Language;

import java.time.Duration;
import java.util.StringJoiner;

/** "down for 2 h 5 min" / "离线 2 小时 5 分钟": how long a recovered device had been down. */
public final class Downtime {

    private Downtime() {
    }

    public static String describe(long downtimeMs, Language language) {
        Duration downtime = Duration.ofMillis(downtimeMs);
        long days = downtime.toDays();
        long hours = downtime.toHoursPart();
        long minutes = downtime.toMinutesPart();
        MonitorTexts texts = Bundles.in(MonitorTexts.class, language);
        StringJoiner spans = new StringJoiner(" ");
        if (days > 0) {
            spans.add(texts.days(days));
        }
        if (hours > 0) {
            spans.add(texts.hours(hours));
        }
        if (minutes > 0 || (days == 0 && hours == 0)) {
            spans.add(texts.minutes(minutes));
        }
        return texts.downFor(spans.toString());
    }

    /** The text an event carries to the user: a recovery's downtime, otherwise the stored message. */
    public static String messageOf(AlertEvent event, Language language) {
        if (event.type == AlertType.RECOVERED && event.downtimeMs != null) {
            return describe(event.downtimeMs, language);
        }
        return event.message;
    }
}
