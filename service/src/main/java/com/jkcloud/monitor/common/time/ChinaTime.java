package com.jkcloud.monitor.common.time;

import java.time.ZoneId;

/** China time: OneThing's income days, and the default zone of mails, schedules and shown times. */
public final class ChinaTime {

    /** For annotations, which take a constant string ({@code @Scheduled(timeZone = ChinaTime.ZONE_ID)}). */
    public static final String ZONE_ID = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ChinaTime() {
    }
}
