package com.jkcloud.monitor.risk;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** A device refused mining until {@link #expiresAt}; expiry is checked on read (no TTL index needed). */
@MongoEntity(collection = "risk_blacklist")
public class BlacklistEntry {
    @BsonId
    public String deviceId;
    public RiskRule rule;
    /** Human-readable reason. */
    public String reason;
    /** What the decision was made from (IP and device times, score and reasons, the operator). */
    public Document evidence;
    public Instant createdAt;
    public Instant expiresAt;

    public boolean isActive(Instant now) {
        return expiresAt != null && expiresAt.isAfter(now);
    }
}
