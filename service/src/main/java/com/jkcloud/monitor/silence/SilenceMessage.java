package com.jkcloud.monitor.silence;

import com.jkcloud.monitor.common.i18n.Message;

final class SilenceMessage {

    static final Message UNTIL_NOT_IN_FUTURE = Message.of("结束时间必须晚于现在", "must be in the future");
    static final Message UNTIL_TOO_FAR = Message.of("最多静默 30 天", "must be at most 30 days ahead");
    static final Message INVALID_ID = Message.of("不是有效的 ID", "is not a valid id");

    private SilenceMessage() {
    }
}
