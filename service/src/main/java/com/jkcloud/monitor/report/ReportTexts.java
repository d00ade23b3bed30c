package com.jkcloud.monitor.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The Chinese texts of a report notice ({@link ReportText}); the English are in {@code messages/reportText_en.properties}.
 * {@code span} is a day or "from ~ to"; null optional parts are left out.
 */
@MessageBundle(value = "reportText", locale = "zh-CN")
public interface ReportTexts {

    @Message("【JK Cloud Monitor】{span} 日报")
    String dailySubject(String span);

    @Message("【JK Cloud Monitor】{span} 周报")
    String weeklySubject(String span);

    @Message("【JK Cloud Monitor】{span} 月报")
    String monthlySubject(String span);

    /** {@code change}: the signed change against the previous period in percent, null when that had no income. */
    @Message("收益：{income}（上期 {previous}{#if change}, {change}%{/if}）")
    String income(String income, String previous, String change);

    @Message("提现：{withdrawn}，共 {withdrawals} 次")
    String withdrawn(String withdrawn, int withdrawals);

    @Message("设备：{online}/{devices} 在线{#if uptime} ({uptime}%){/if}")
    String fleet(int online, int devices, String uptime);

    @Message("告警：离线 {offline}，异常 {exception}，恢复 {recovered}，登录失败 {authFailed}")
    String alerts(long offline, long exception, long recovered, long authFailed);

    /** {@code names}: the failing accounts' names, comma-separated. */
    @Message("登录失败的账号：{count}{#if count > 0} ({names}){/if}")
    String failingAccounts(int count, String names);
}
