package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the withdraw capability. */
public final class WithdrawMessage {

    public static final Message KEY_REQUIRED = Message.of("缺少或无效的 Idempotency-Key 请求头（1 到 128 个可见字符）",
            "The Idempotency-Key header is missing or invalid (1 to 128 visible characters)");
    public static final Message KEY_IN_PROGRESS = Message.of("相同 Idempotency-Key 的提现仍在处理中，请稍后重试",
            "A withdrawal with this Idempotency-Key is still in progress; retry shortly");
    public static final Message NOTHING_TO_DRAW = Message.of("没有可提现的余额",
            "Nothing to withdraw");
    public static final Message ACCOUNT_BUSY = Message.of("另一笔提现正在处理该账号，本次未提现",
            "Another withdrawal is drawing this account; nothing was drawn by this one");
    public static final Message FOUND_IN_HISTORY = Message.of("提现已在网心云提现记录中确认",
            "The draw was confirmed from OneThing's withdrawal history");
    public static final Message DRAW_UNCONFIRMED = Message.of("提现结果未能确认，请稍后查看网心云提现记录，勿重复提现",
            "The draw could not be confirmed; check OneThing's withdrawal history later before drawing again");
    public static final Message NO_DEVICE = Message.of("该账号下没有设备，无法提现",
            "The account has no device to withdraw with");

    private WithdrawMessage() {
    }
}
