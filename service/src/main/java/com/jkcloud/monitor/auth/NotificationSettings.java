package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.time.ChinaTime;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.EnumSet;
import java.util.Set;

/** How and when a user wants to hear about their boxes. */
// Stored inside a document: the Mongo codec builds it reflectively, also in a native image.
@RegisterForReflection
public class NotificationSettings {

    public enum EventType {
        OFFLINE, EXCEPTION, RECOVERED, AUTH_FAILED
    }

    /** Alert address; null means the profile's e-mail. */
    public String email;
    public boolean enabled = true;
    public Set<EventType> events = EnumSet.allOf(EventType.class);
    /** Mails are held during quiet hours and sent as one when they end; null = no quiet hours. */
    public QuietHours quietHours;
    public boolean dailyReport;
    /** Every notification also goes to the user's signed-in app devices (when the operator configured push). */
    public boolean appPush = true;
    /** While a device stays down, remind every this many minutes (30–1440); null = no reminders. */
    public Integer repeatEveryMinutes;
    /** Language of the mails: "zh" (default) or "en". */
    public String language = "zh";

    /** Periodic reports (event REPORT) through the user's channels. */
    public Reports reports = new Reports();

    @RegisterForReflection
    public static class Reports {
        public boolean daily;
        public boolean weekly;
        public boolean monthly;
    }

    @RegisterForReflection
    public static class QuietHours {
        /** "HH:mm", in {@link #timeZone}. */
        public String start;
        public String end;
        public String timeZone = ChinaTime.ZONE_ID;
    }
}
