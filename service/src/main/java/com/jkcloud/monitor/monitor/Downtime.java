package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.i18n.Language;

import java.time.Duration;

/** "down for 2 h 5 min" / "离线 2 小时 5 分钟": how long a recovered device had been down. */
public final class Downtime {

    private Downtime() {
    }

    public static String describe(long downtimeMs, Language language) {
        Duration downtime = Duration.ofMillis(downtimeMs);
        long days = downtime.toDays();
        long hours = downtime.toHoursPart();
        long minutes = downtime.toMinutesPart();
        boolean english = language == Language.EN;
        StringBuilder text = new StringBuilder(english ? "down for" : "离线");
        if (days > 0) {
            text.append(' ').append(days).append(english ? " d" : " 天");
        }
        if (hours > 0) {
            text.append(' ').append(hours).append(english ? " h" : " 小时");
        }
        if (minutes > 0 || (days == 0 && hours == 0)) {
            text.append(' ').append(minutes).append(english ? " min" : " 分钟");
        }
        return text.toString();
    }

    /** The text an event carries to the user: a recovery's downtime, otherwise the stored message. */
    public static String messageOf(AlertEvent event, Language language) {
        if (event.type == AlertType.RECOVERED && event.downtimeMs != null) {
            return describe(event.downtimeMs, language);
        }
        return event.message;
    }
}
