package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.market.api.PriceAlertRequest;
import com.jkcloud.monitor.market.api.PriceAlertView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Users' price alerts and their check against each successful scrape: a side fires once when the price crosses
 * it and again only after the price went back (re-armed). A failed scrape checks nothing.
 */
@ApplicationScoped
public class PriceAlertService {

    private static final int MAX_ALERTS = 50;

    private final PriceAlerts alerts;
    private final PriceAlertNotice notice;
    private final PriceHistory history;
    private final Clock clock;

    public PriceAlertService(PriceAlerts alerts, PriceAlertNotice notice, PriceHistory history, Clock clock) {
        this.alerts = alerts;
        this.notice = notice;
        this.history = history;
        this.clock = clock;
    }

    public Uni<List<PriceAlertView>> list(ObjectId ownerId) {
        return alerts.ofOwner(ownerId).map(found -> found.stream().map(PriceAlertView::of).toList());
    }

    public Uni<PriceAlertView> add(ObjectId ownerId, PriceAlertRequest request) {
        PriceAlert alert = validated(request);
        alert.id = new ObjectId();
        alert.ownerId = ownerId;
        alert.createdAt = clock.instant();
        return alerts.countOf(ownerId).flatMap(count -> {
            if (count >= MAX_ALERTS) {
                throw new ApiException(ErrorCode.CONFLICT, MarketMessage.TOO_MANY_ALERTS);
            }
            return history.latest();
        }).flatMap(latest -> {
            // Only a crossing fires: a side the last scraped price is already past starts fired.
            BigDecimal now = latest == null ? null : alert.currency == PriceAlert.Currency.ETH ? latest.eth : latest.usdt;
            alert.aboveFired = now != null && alert.above != null && now.compareTo(alert.above) >= 0;
            alert.belowFired = now != null && alert.below != null && now.compareTo(alert.below) <= 0;
            return alerts.persist(alert);
        }).map(PriceAlertView::of);
    }

    public Uni<Void> delete(ObjectId ownerId, String id) {
        if (!ObjectId.isValid(id)) {
            return Uni.createFrom().failure(ApiException.notFound());
        }
        return alerts.deleteOwned(new ObjectId(id), ownerId).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound();
            }
        }).replaceWithVoid();
    }

    /** Checks every alert against a freshly scraped price; answers how many fired. */
    public Uni<Integer> check(BigDecimal eth, BigDecimal usdt, Instant at) {
        return check(PriceAlert.Currency.ETH, eth, at).flatMap(firedEth -> check(PriceAlert.Currency.USDT, usdt, at)
                .map(firedUsdt -> firedEth + firedUsdt));
    }

    private Uni<Integer> check(PriceAlert.Currency currency, BigDecimal price, Instant at) {
        if (price == null) {
            return Uni.createFrom().item(0);
        }
        return alerts.allOf(currency)
                .onItem().transformToMulti(Multi.createFrom()::iterable)
                .onItem().transformToUniAndConcatenate(alert -> side(alert, "aboveFired", alert.above,
                                alert.above != null && price.compareTo(alert.above) >= 0, price, at)
                        .flatMap(firedAbove -> side(alert, "belowFired", alert.below,
                                alert.below != null && price.compareTo(alert.below) <= 0, price, at)
                                .map(firedBelow -> firedAbove + firedBelow)))
                .collect().asList()
                .map(fired -> fired.stream().mapToInt(Integer::intValue).sum());
    }

    private Uni<Integer> side(PriceAlert alert, String firedField, BigDecimal threshold, boolean crossed, BigDecimal price,
                              Instant at) {
        if (threshold == null) {
            return Uni.createFrom().item(0);
        }
        if (!crossed) {
            return alerts.rearm(alert.id, firedField).replaceWith(0);
        }
        return alerts.fire(alert.id, firedField, at).flatMap(flipped -> !flipped ? Uni.createFrom().item(0)
                : notice.send(alert, "aboveFired".equals(firedField), threshold, price, at).replaceWith(1));
    }

    private static PriceAlert validated(PriceAlertRequest request) {
        PriceAlert alert = new PriceAlert();
        try {
            alert.currency = PriceAlert.Currency.valueOf(request == null || request.currency() == null ? "" : request.currency());
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidField("currency", MarketMessage.CURRENCY);
        }
        if (request.above() == null && request.below() == null) {
            throw ApiException.invalidField("above", MarketMessage.THRESHOLD_REQUIRED);
        }
        if (request.above() != null && request.above().signum() <= 0) {
            throw ApiException.invalidField("above", MarketMessage.THRESHOLD_POSITIVE);
        }
        if (request.below() != null && request.below().signum() <= 0) {
            throw ApiException.invalidField("below", MarketMessage.THRESHOLD_POSITIVE);
        }
        if (request.above() != null && request.below() != null && request.below().compareTo(request.above()) >= 0) {
            throw ApiException.invalidField("below", MarketMessage.BELOW_UNDER_ABOVE);
        }
        alert.above = request.above() == null ? null : Coins.rounded(request.above());
        alert.below = request.below() == null ? null : Coins.rounded(request.below());
        return alert;
    }
}
