package com.jkcloud.monitor.securitynotice;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The Chinese texts of {@link NewAddressNotices}; the English are in {@code messages/securityNoticeText_en.properties}.
 */
@MessageBundle(value = "securityNoticeText", locale = "zh-CN")
public interface SecurityNoticeTexts {

    @Message("JK 云监控：新的登录")
    String newAddressSubject();

    /** {@code time}: China time; {@code device}: the sign-in's user agent, empty when it sent none. */
    @Message("您的账号于 {time}（北京时间）从新的 IP 地址 {ip} 登录{#if device}（{device}）{/if}。\n"
            + "如果不是您本人操作，请立即修改密码，并在“安全”页面中撤销该会话。")
    String newAddressSummary(String time, String ip, String device);
}
