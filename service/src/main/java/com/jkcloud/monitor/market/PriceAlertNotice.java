package com.jkcloud.monitor.market;

import com.jkcloud.monitor.auth.User;
import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.delivery.ChannelDeliveries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Tells the user a price alert fired (event PRICE); the key is the alert, its side and the crossing's time. */
@ApplicationScoped
public class PriceAlertNotice {

    private final UserRepository users;
    private final ChannelDeliveries deliveries;

    public PriceAlertNotice(UserRepository users, ChannelDeliveries deliveries) {
        this.users = users;
        this.deliveries = deliveries;
    }

    public Uni<Void> send(PriceAlert alert, boolean above, BigDecimal threshold, BigDecimal price, Instant at) {
        return users.findById(alert.ownerId).flatMap(user -> user == null ? Uni.createFrom().voidItem()
                : deliveries.audience(user.id, user.notifications.appPush).flatMap(audience -> {
                    boolean english = Language.fromTag(user.notifications.language) == Language.EN;
                    String subject = english
                            ? "Coin price " + (above ? "rose to " : "fell to ") + price.toPlainString() + " " + alert.currency
                            : "【JK Cloud Monitor】币价" + (above ? "涨至 " : "跌至 ") + price.toPlainString() + " " + alert.currency;
                    String summary = english
                            ? "The price is " + price.toPlainString() + " " + alert.currency + ", " + (above ? "at or above " : "at or below ")
                                    + threshold.toPlainString() + "."
                            : "当前价格 " + price.toPlainString() + " " + alert.currency + "，已" + (above ? "达到或高于 " : "达到或低于 ")
                                    + threshold.toPlainString() + "。";
                    String key = "price:" + alert.id.toHexString() + ":" + (above ? "above" : "below") + ":" + at.toEpochMilli();
                    return deliveries.queueNotice(audience, NotificationEvent.PRICE, key, subject, summary, mailAddress(user), at);
                }).replaceWithVoid());
    }

    private static String mailAddress(User user) {
        return user.notifications.enabled ? Optional.ofNullable(user.notifications.email).orElse(user.email) : null;
    }
}
