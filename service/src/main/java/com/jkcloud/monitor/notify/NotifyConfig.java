package com.jkcloud.monitor.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/**
 * {@code monitor.notify.*}. Each provider's base URL is also the URL of its REST client
 * ({@code quarkus.rest-client.notify-<provider>.url=${monitor.notify.<provider>.url}} in application.properties,
 * where the public services are the defaults).
 */
@ConfigMapping(prefix = "monitor.notify")
public interface NotifyConfig {

    /** Webhooks may target loopback, link-local and private hosts (tests, the demo); off against SSRF. */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long one provider call may take before it counts as failed. */
    @WithDefault("10s")
    Duration timeout();

    /** A channel notification is given up (FAILED in the log) after this many failed attempts. */
    @WithName("max-attempts")
    @WithDefault("8")
    int maxAttempts();

    /** Time between two notifications to one group robot (WeCom, DingTalk, Feishu, Telegram): ~20 a minute. */
    @WithName("robot-spacing")
    @WithDefault("3s")
    Duration robotSpacing();

    @WithName("serverchan.url")
    String serverChanUrl();

    @WithName("pushplus.url")
    String pushPlusUrl();

    @WithName("wecom.url")
    String weComUrl();

    @WithName("dingtalk.url")
    String dingTalkUrl();

    @WithName("feishu.url")
    String feishuUrl();

    @WithName("telegram.url")
    String telegramUrl();

    @WithName("bark.url")
    String barkUrl();
}
