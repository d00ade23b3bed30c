package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the stats capability. */
public final class StatsMessage {

    public static final Message DAYS_OUT_OF_RANGE = Message.of("须为 1 到 90 之间的整数",
            "must be a whole number from 1 to 90");

    private StatsMessage() {
    }
}
