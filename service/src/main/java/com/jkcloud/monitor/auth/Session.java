package com.jkcloud.monitor.auth;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** A signed-in device: every token names one (claim {@code sid}); deleting it revokes that token at once. */
@MongoEntity(collection = "sessions")
public class Session {
    public ObjectId id;
    public ObjectId userId;
    public Instant createdAt;
    /** Updated at most once per {@link SessionRepository#LAST_SEEN_GRANULARITY}. */
    public Instant lastSeenAt;
    public String ip;
    public String userAgent;
    /** When its token expires; the store drops the session then. */
    public Instant expiresAt;
}
