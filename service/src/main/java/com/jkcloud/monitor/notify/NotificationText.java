package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.common.time.ChinaTime;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

/** Renders a {@link Notification} as a title, Markdown or plain text, cut to a provider's size limit. */
public final class NotificationText {

    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);
    private static final String ELLIPSIS = "…";

    private NotificationText() {
    }

    public static String title(Notification notification, int maxChars) {
        return cut(notification.subject(), maxChars);
    }

    public static String markdown(Notification notification, int maxBytes) {
        StringJoiner text = new StringJoiner("\n");
        text.add("### " + escapeMarkdown(notification.subject()));
        if (notification.summary() != null) {
            text.add(escapeMarkdown(notification.summary()));
        }
        for (Notification.Item item : notification.items()) {
            text.add("- **" + escapeMarkdown(item.deviceName()) + "** (" + escapeMarkdown(item.deviceSn()) + ") · "
                    + escapeMarkdown(item.accountName()) + " · " + describe(item));
        }
        text.add("");
        text.add("> " + CHINA_TIME.format(notification.at()));
        return cutBytes(text.toString(), maxBytes);
    }

    public static String plain(Notification notification, int maxBytes) {
        StringJoiner text = new StringJoiner("\n");
        text.add(notification.subject());
        if (notification.summary() != null) {
            text.add(notification.summary());
        }
        for (Notification.Item item : notification.items()) {
            text.add("- " + item.deviceName() + " (" + item.deviceSn() + ") · " + item.accountName() + " · " + describe(item));
        }
        text.add(CHINA_TIME.format(notification.at()));
        return cutBytes(text.toString(), maxBytes);
    }

    private static String describe(Notification.Item item) {
        String since = item.since() == null ? "" : " " + CHINA_TIME.format(item.since());
        String message = item.message() == null || item.message().isBlank() ? "" : " — " + item.message();
        return item.status() + since + message;
    }

    private static String escapeMarkdown(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]#>])", "\\\\$1");
    }

    static String cut(String text, int maxChars) {
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxChars - 1);
        return text.substring(0, end) + ELLIPSIS;
    }

    /** Providers count UTF-8 bytes (a Chinese character is three); cuts on a character boundary. */
    static String cutBytes(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            kept.append(character);
            used += size;
            offset += Character.charCount(codePoint);
        }
        return kept + ELLIPSIS;
    }
}
