package com.jkcloud.monitor.securitynotice;

import com.jkcloud.monitor.auth.SignInFromNewAddress;
import com.jkcloud.monitor.common.i18n.Bundles;
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
        SecurityNoticeTexts texts = Bundles.in(SecurityNoticeTexts.class, Language.fromTag(signIn.language()));
        String device = signIn.userAgent() == null ? "" : signIn.userAgent();
        String subject = texts.newAddressSubject();
        String summary = texts.newAddressSummary(CHINA_TIME.format(signIn.at()), signIn.ip(), device);
        String noticeKey = "sign-in-ip:" + signIn.userId().toHexString() + ":" + signIn.ip();
        deliveries.audience(signIn.userId(), signIn.appPushWanted())
                .flatMap(audience -> deliveries.queueNotice(audience, NotificationEvent.SECURITY, noticeKey, subject,
                        summary, signIn.mailTo(), signIn.at()))
                .await().atMost(STORE_WAIT);
    }
}
