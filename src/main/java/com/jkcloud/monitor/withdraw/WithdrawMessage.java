package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.Message;

public enum WithdrawMessage implements Message {
    KEY_REQUIRED("缺少或无效的 Idempotency-Key 请求头（1 到 128 个可见字符）",
            "The Idempotency-Key header is missing or invalid (1 to 128 visible characters)"),
    KEY_IN_PROGRESS("相同 Idempotency-Key 的提现仍在处理中，请稍后重试",
            "A withdrawal with this Idempotency-Key is still in progress; retry shortly"),
    NOTHING_TO_DRAW("没有可提现的余额", "Nothing to withdraw"),
    NO_DEVICE("该账号下没有设备，无法提现", "The account has no device to withdraw with");

    private final String chinese;
    private final String english;

    WithdrawMessage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? english : chinese;
    }
}
