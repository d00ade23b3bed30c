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

    public static final Message BELOW_MINIMUM = Message.of("可提现余额低于自动提现的最低金额，本次未提现",
            "Withdrawable is below the automatic withdrawal's minimum; not drawn this time");
    public static final Message HOUR_RANGE = Message.of("hour 必须在 0 到 23 之间（北京时间）",
            "hour must be 0 to 23 (China time)");
    public static final Message DAY_OF_WEEK_RANGE = Message.of("每周执行时 dayOfWeek 必须在 1（周一）到 7（周日）之间",
            "dayOfWeek must be 1 (Monday) to 7 (Sunday) for a WEEKLY schedule");
    public static final Message SCHEDULE_REQUIRED = Message.of("schedule 必须是 DAILY 或 WEEKLY",
            "schedule must be DAILY or WEEKLY");
    public static final Message MIN_AMOUNT_RANGE = Message.of("minAmount 不能为负数",
            "minAmount must not be negative");
    public static final Message ONE_SELECTION = Message.of("accountIds 与 groupId 只能选择其一",
            "Choose accountIds or groupId, not both");
    public static final Message GROUP_ID_INVALID = Message.of("groupId 格式无效",
            "groupId is not a valid id");

    private WithdrawMessage() {
    }
}
