package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.time.ChinaTime;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
        List<String> head = new ArrayList<>();
        head.add("### " + escapeMarkdown(notification.subject()));
        if (notification.summary() != null) {
            head.add(escapeMarkdown(notification.summary()));
        }
        List<String> lines = notification.items().stream().map(item -> "- **" + escapeMarkdown(item.deviceName()) + "** ("
                + escapeMarkdown(item.deviceSn()) + ") · " + escapeMarkdown(item.accountName()) + " · " + describe(item)).toList();
        return fit(head, lines, List.of("", "> " + CHINA_TIME.format(notification.at())), chinese(notification), maxBytes);
    }

    public static String plain(Notification notification, int maxBytes) {
        List<String> head = new ArrayList<>();
        head.add(notification.subject());
        if (notification.summary() != null) {
            head.add(notification.summary());
        }
        List<String> lines = notification.items().stream().map(item -> "- " + item.deviceName() + " (" + item.deviceSn()
                + ") · " + item.accountName() + " · " + describe(item)).toList();
        return fit(head, lines, List.of(CHINA_TIME.format(notification.at())), chinese(notification), maxBytes);
    }

    /**
     * Keeps whole device lines while they fit and names how many were left out ("…and 12 more"), so a long
     * list never ends mid-line; only a head too long for the limit on its own is cut.
     */
    private static String fit(List<String> head, List<String> lines, List<String> foot, boolean chinese, int maxBytes) {
        String whole = join(head, lines, foot);
        if (bytes(whole) <= maxBytes) {
            return whole;
        }
        // Greedy and linear: a batch can list thousands of boxes. The trailer is sized for the largest count it may say.
        int budget = maxBytes - bytes(join(head, List.of(trailer(lines.size(), chinese)), foot));
        List<String> shown = new ArrayList<>();
        int used = 0;
        for (String line : lines) {
            int size = bytes(line) + 1;
            if (used + size > budget) {
                break;
            }
            shown.add(line);
            used += size;
        }
        if (budget >= 0 && !lines.isEmpty()) {
            shown.add(trailer(lines.size() - shown.size(), chinese));
            return join(head, shown, foot);
        }
        return cutBytes(whole, maxBytes);
    }

    private static String trailer(int left, boolean chinese) {
        return NotifyMessage.moreDevices(left).in(chinese ? Language.ZH : Language.EN);
    }

    private static String join(List<String> head, List<String> lines, List<String> foot) {
        StringJoiner text = new StringJoiner("\n");
        head.forEach(text::add);
        lines.forEach(text::add);
        foot.forEach(text::add);
        return text.toString();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Subjects are written in the owner's language; a Chinese one gets a Chinese "and N more". */
    private static boolean chinese(Notification notification) {
        return notification.subject() != null
                && notification.subject().codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
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
