package com.jkcloud.monitor.market;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A user's price alert. Each side is armed until the price crosses it ({@code aboveFired}/{@code belowFired} flip
 * to true in one conditional update, so one replica fires it) and re-armed once the price is back on the near side.
 */
@MongoEntity(collection = "price_alerts")
public class PriceAlert {

    public enum Currency {
        USDT, ETH
    }

    public ObjectId id;
    public ObjectId ownerId;
    public Currency currency;
    public BigDecimal above;
    public BigDecimal below;
    public boolean aboveFired;
    public boolean belowFired;
    public Instant lastFiredAt;
    public Instant createdAt;
}
