package com.jkcloud.monitor.withdraw;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link WithdrawMessage}; the English are in {@code messages/withdrawText_en.properties}. */
@MessageBundle(value = "withdrawText", locale = "zh-CN")
public interface WithdrawTexts {

    @Message("缺少或无效的 Idempotency-Key 请求头（1 到 128 个可见字符）")
    String keyRequired();

    @Message("相同 Idempotency-Key 的提现仍在处理中，请稍后重试")
    String keyInProgress();

    @Message("没有可提现的余额")
    String nothingToDraw();

    @Message("另一笔提现正在处理该账号，本次未提现")
    String accountBusy();

    @Message("提现已在网心云提现记录中确认")
    String foundInHistory();

    @Message("提现结果未能确认，请稍后查看网心云提现记录，勿重复提现")
    String drawUnconfirmed();

    @Message("该账号下没有设备，无法提现")
    String noDevice();

    @Message("可提现余额低于自动提现的最低金额，本次未提现")
    String belowMinimum();

    @Message("hour 必须在 0 到 23 之间（北京时间）")
    String hourRange();

    @Message("每周执行时 dayOfWeek 必须在 1（周一）到 7（周日）之间")
    String dayOfWeekRange();

    @Message("schedule 必须是 DAILY 或 WEEKLY")
    String scheduleRequired();

    @Message("minAmount 不能为负数")
    String minAmountRange();

    @Message("accountIds 与 groupId 只能选择其一")
    String oneSelection();

    @Message("groupId 格式无效")
    String groupIdInvalid();

    /** The subject of an automatic withdrawal's notice; {@code total} in coins. */
    @Message("【JK Cloud Monitor】自动提现 {total}{#if failed > 0}，{failed} 个账号失败{/if}")
    String autoSubject(String total, long failed);

    /** One account's line in an automatic withdrawal's notice; {@code reason} is null when there is none to tell. */
    @Message("{account}: {status} {amount}{#if reason != null} ({reason}){/if}")
    String autoResult(String account, String status, String amount, String reason);

    @Message("已提现")
    String autoDrawn();

    @Message("失败")
    String autoFailed();

    @Message("跳过")
    String autoSkipped();
}
