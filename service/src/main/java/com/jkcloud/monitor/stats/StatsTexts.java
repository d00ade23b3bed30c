package com.jkcloud.monitor.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link StatsMessage}; the English are in {@code messages/statsText_en.properties}. */
@MessageBundle(value = "statsText", locale = "zh-CN")
public interface StatsTexts {

    @Message("须为 1 到 365 之间的整数")
    String daysOutOfRange();

    @Message("须为 1 到 90 之间的整数")
    String availabilityDaysOutOfRange();

    @Message("须为 1 到 100000 之间的整数")
    String pageOutOfRange();

    @Message("须为 1 到 500 之间的整数")
    String sizeOutOfRange();

    @Message("须为 online、offline 或 exception")
    String statusUnknown();

    @Message("不是可排序的设备字段")
    String sortUnknown();

    @Message("不是有效的 ID")
    String idMalformed();

    @Message("最多 100 个字符")
    String textTooLong();
}
