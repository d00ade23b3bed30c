package com.jkcloud.monitor.securitynotice;

import com.jkcloud.monitor.auth.SignInFromNewAddress;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.delivery.ChannelDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

/** A sign-in from an IP the user has not used before: a SECURITY notice to their channels, app and mail. */
@ApplicationScoped
public class NewAddressNotices {

    private static final Duration STORE_WAIT = Duration.ofSeconds(30);
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    private final ChannelDeliveries deliveries;

    public NewAddressNotices(ChannelDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    void notice(@ObservesAsync SignInFromNewAddress signIn) {
        boolean english = Language.fromTag(signIn.language()) == Language.EN;
        String time = CHINA_TIME.format(signIn.at());
        String device = signIn.userAgent() == null ? "" : signIn.userAgent();
        String subject = english ? "New sign-in to JK Cloud Monitor" : "JK 云监控：新的登录";
        String summary = english
                ? "Your account was signed in from a new IP address " + signIn.ip() + " at " + time
                + " (China time)" + (device.isEmpty() ? "" : " with " + device)
                + ".\nIf this was not you, change your password and revoke the session under Security."
                : "您的账号于 " + time + "（北京时间）从新的 IP 地址 " + signIn.ip() + " 登录"
                + (device.isEmpty() ? "" : "（" + device + "）")
                + "。\n如果不是您本人操作，请立即修改密码，并在“安全”页面中撤销该会话。";
        String noticeKey = "sign-in-ip:" + signIn.userId().toHexString() + ":" + signIn.ip();
        deliveries.audience(signIn.userId(), signIn.appPushWanted())
                .flatMap(audience -> deliveries.queueNotice(audience, NotificationEvent.SECURITY, noticeKey, subject,
                        summary, signIn.mailTo(), signIn.at()))
                .await().atMost(STORE_WAIT);
    }
}
