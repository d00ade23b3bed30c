package com.jkcloud.monitor.market;

import com.jkcloud.monitor.auth.User;
import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.common.i18n.Bundles;
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
                    MarketTexts texts = Bundles.in(MarketTexts.class, Language.fromTag(user.notifications.language));
                    String shown = price.toPlainString();
                    String currency = String.valueOf(alert.currency);
                    String subject = above ? texts.priceRoseSubject(shown, currency) : texts.priceFellSubject(shown, currency);
                    String summary = above ? texts.priceAtOrAbove(shown, currency, threshold.toPlainString())
                            : texts.priceAtOrBelow(shown, currency, threshold.toPlainString());
                    String key = "price:" + alert.id.toHexString() + ":" + (above ? "above" : "below") + ":" + at.toEpochMilli();
                    return deliveries.queueNotice(audience, NotificationEvent.PRICE, key, subject, summary, mailAddress(user), at);
                }).replaceWithVoid());
    }

    private static String mailAddress(User user) {
        return user.notifications.enabled ? Optional.ofNullable(user.notifications.email).orElse(user.email) : null;
    }
}
