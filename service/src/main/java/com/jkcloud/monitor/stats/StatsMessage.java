package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the stats capability. */
public final class StatsMessage {

    public static final Message DAYS_OUT_OF_RANGE = Message.of("须为 1 到 365 之间的整数",
            "must be a whole number from 1 to 365");
    public static final Message AVAILABILITY_DAYS_OUT_OF_RANGE = Message.of("须为 1 到 90 之间的整数",
            "must be a whole number from 1 to 90");
    public static final Message PAGE_OUT_OF_RANGE = Message.of("须为 1 到 100000 之间的整数",
            "must be a whole number from 1 to 100000");
    public static final Message SIZE_OUT_OF_RANGE = Message.of("须为 1 到 500 之间的整数",
            "must be a whole number from 1 to 500");
    public static final Message STATUS_UNKNOWN = Message.of("须为 online、offline 或 exception",
            "must be online, offline or exception");
    public static final Message SORT_UNKNOWN = Message.of("不是可排序的设备字段",
            "is not a device field to sort by (deviceSn, deviceName, status, ip, lanIp, hardwareModel, systemVersion, "
                    + "updatedAt, connectTime, disconnectTime, bindTime, usbUsedBytes, usbCapacityBytes; -field for descending)");
    public static final Message ID_MALFORMED = Message.of("不是有效的 ID", "is not a valid id");
    public static final Message TEXT_TOO_LONG = Message.of("最多 100 个字符", "may be at most 100 characters");

    private StatsMessage() {
    }
}
