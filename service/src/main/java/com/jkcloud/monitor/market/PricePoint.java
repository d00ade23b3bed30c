package com.jkcloud.monitor.market;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;

/** One successful price scrape; kept a year (TTL index on {@code at}). */
@MongoEntity(collection = "price_history")
public class PricePoint {
    public ObjectId id;
    public Instant at;
    public BigDecimal eth;
    public BigDecimal usdt;
}
