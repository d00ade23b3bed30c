package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the notification capability. */
public final class NotifyMessage {

    public static final Message URL_MALFORMED = Message.of("通知地址格式错误，应为 scheme://…，如 schan://SENDKEY",
            "The channel URL is malformed; expected scheme://…, e.g. schan://SENDKEY");
    public static final Message URL_TOO_LONG = Message.of("通知地址过长（最多 2048 个字符）",
            "The channel URL is too long (at most 2048 characters)");
    public static final Message URL_UNKNOWN_SCHEME = Message.of(
            "不支持的通知方式，可用：mailto、schan、pushplus、wecombot、dingtalk、feishu、tgram、bark、json、jsons",
            "Unknown channel scheme; use mailto, schan, pushplus, wecombot, dingtalk, feishu, tgram, bark, json or jsons");
    public static final Message URL_BAD_EMAIL = Message.of("mailto:// 后应为邮箱地址",
            "mailto:// must be followed by an e-mail address");
    public static final Message URL_BAD_TOKEN = Message.of("令牌或密钥缺失或含有非法字符",
            "A token or secret is missing or has characters it can't have");
    public static final Message URL_BAD_TELEGRAM = Message.of("应为 tgram://BOT_TOKEN/CHAT_ID",
            "Expected tgram://BOT_TOKEN/CHAT_ID");
    public static final Message URL_BAD_WEBHOOK = Message.of("应为 json://主机[:端口]/路径 或 jsons://…",
            "Expected json://host[:port]/path or jsons://…");
    public static final Message URL_PRIVATE_TARGET = Message.of("出于安全原因，不允许推送到本机、链路本地或内网地址",
            "For safety, webhooks can't target loopback, link-local or private addresses");
    public static final Message URL_UNRESOLVABLE = Message.of("无法解析 Webhook 的主机名",
            "The webhook's host name does not resolve");
    public static final Message NAME_REQUIRED = Message.of("名称须为 1 到 64 个字符",
            "must be 1 to 64 characters");
    public static final Message EVENTS_INVALID = Message.of(
            "须为 OFFLINE、EXCEPTION、RECOVERED、AUTH_FAILED、WITHDRAWAL、PRICE、REPORT、SECURITY 中的至少一项（不填为全部）",
            "must be at least one of OFFLINE, EXCEPTION, RECOVERED, AUTH_FAILED, WITHDRAWAL, PRICE, REPORT, SECURITY (leave out for all)");
    public static final Message NOTHING_TO_CHANGE = Message.of("请提供要修改的字段：name、url、events 或 enabled",
            "Send a field to change: name, url, events or enabled");
    public static final Message LOG_LIMIT = Message.of("须为 1 到 200 之间的整数", "must be a whole number from 1 to 200");
    public static final Message TEST_SUBJECT = Message.of("JK Cloud Monitor 测试通知",
            "JK Cloud Monitor test notification");
    public static final Message TEST_BODY = Message.of("这是一条测试消息：此通知渠道工作正常。",
            "This is a test message: this channel works.");

    private NotifyMessage() {
    }

    /** A 502 whose message carries the provider's own answer (scrubbed of the channel's secrets). */
    public static Message providerRefused(String providerText) {
        return Message.of("通知服务未接受消息：" + providerText, "The notification provider did not accept the message: " + providerText);
    }
}
