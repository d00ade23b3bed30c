package com.jkcloud.monitor.monitor.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the alert and daily-report mails, Chinese by default; {@link MonitorMailMessagesEn} has the English. */
@MessageBundle(value = "monitorMail", locale = "zh-CN")
public interface MonitorMailMessages {

    @Message("【JK Cloud Monitor】{count} 项状态变化，其中 {problems} 项需要处理")
    String alertSubject(int count, long problems);

    @Message("以下设备状态发生变化：")
    String alertHeading();

    @Message("变化")
    String columnChange();

    @Message("设备")
    String columnDevice();

    @Message("账号")
    String columnAccount();

    @Message("时间")
    String columnSince();

    @Message("详情")
    String columnDetails();

    /** "account" inside a line of the plain-text mail. */
    @Message("账号")
    String lineAccount();

    @Message("时间")
    String lineSince();

    @Message("离线")
    String offline();

    @Message("异常")
    String exception();

    @Message("已恢复")
    String recovered();

    @Message("账号密码失效")
    String authFailed();

    /** Said of a problem mailed again as a reminder. */
    @Message("仍未恢复（提醒）")
    String stillUnresolved();

    @Message("【JK Cloud Monitor】{day} 日报")
    String reportSubject(String day);

    @Message("{day} 您的设备概况：")
    String reportHeading(String day);

    @Message("收益：")
    String reportIncome();

    @Message("币")
    String coins();

    @Message("在线 {online} 台，离线 {offline} 台，异常 {exception} 台")
    String reportStates(int online, int offline, int exception);

    @Message("{day} 您的设备概况：收益 {income} 币；在线 {online} 台，离线 {offline} 台，异常 {exception} 台。")
    String reportLine(String day, String income, int online, int offline, int exception);
}
