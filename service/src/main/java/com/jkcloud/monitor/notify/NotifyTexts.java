package com.jkcloud.monitor.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link NotifyMessage}; the English are in {@code messages/notifyText_en.properties}. */
@MessageBundle(value = "notifyText", locale = "zh-CN")
public interface NotifyTexts {

    @Message("通知地址格式错误，应为 scheme://…，如 schan://SENDKEY")
    String urlMalformed();

    @Message("通知地址过长（最多 2048 个字符）")
    String urlTooLong();

    @Message("不支持的通知方式，可用：mailto、schan、pushplus、wecombot、dingtalk、feishu、tgram、bark、json、jsons")
    String urlUnknownScheme();

    @Message("mailto:// 后应为邮箱地址")
    String urlBadEmail();

    @Message("令牌或密钥缺失或含有非法字符")
    String urlBadToken();

    @Message("应为 tgram://BOT_TOKEN/CHAT_ID")
    String urlBadTelegram();

    @Message("应为 json://主机[:端口]/路径 或 jsons://…")
    String urlBadWebhook();

    @Message("出于安全原因，不允许推送到本机、链路本地或内网地址")
    String urlPrivateTarget();

    @Message("无法解析 Webhook 的主机名")
    String urlUnresolvable();

    @Message("名称须为 1 到 64 个字符")
    String nameRequired();

    @Message("须为 OFFLINE、EXCEPTION、RECOVERED、AUTH_FAILED、WITHDRAWAL、PRICE、REPORT、SECURITY 中的至少一项（不填为全部）")
    String eventsInvalid();

    @Message("请提供要修改的字段：name、url、events 或 enabled")
    String nothingToChange();

    @Message("须为 1 到 200 之间的整数")
    String logLimit();

    @Message("JK Cloud Monitor 测试通知")
    String testSubject();

    @Message("这是一条测试消息：此通知渠道工作正常。")
    String testBody();

    /** {@code providerText}: the provider's own answer, already scrubbed of the channel's secrets. */
    @Message("通知服务未接受消息：{providerText}")
    String providerRefused(String providerText);

    /** Ends a device list cut to a provider's size limit. */
    @Message("…另有 {left} 台设备")
    String moreDevices(int left);
}
