package com.jkcloud.monitor.monitor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link Downtime}; the English are in {@code messages/monitorText_en.properties}. */
@MessageBundle(value = "monitorText", locale = "zh-CN")
public interface MonitorTexts {

    /** {@code spans}: the days, hours and minutes below, space-separated. */
    @Message("离线 {spans}")
    String downFor(String spans);

    @Message("{days} 天")
    String days(long days);

    @Message("{hours} 小时")
    String hours(long hours);

    @Message("{minutes} 分钟")
    String minutes(long minutes);
}
