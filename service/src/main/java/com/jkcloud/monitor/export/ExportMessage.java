package com.jkcloud.monitor.export;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the exports. */
public final class ExportMessage {

    public static final Message DATE_MALFORMED = Message.of("日期格式须为 YYYY-MM-DD", "must be a date YYYY-MM-DD");
    public static final Message RANGE_TOO_LONG = Message.of("起止日期须有序且最多相隔 366 天",
            "must not be before from, and at most 366 days after it");

    private ExportMessage() {
    }
}
