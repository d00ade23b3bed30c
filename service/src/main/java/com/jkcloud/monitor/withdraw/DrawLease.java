package com.jkcloud.monitor.withdraw;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** Who is drawing an account right now, whatever the idempotency key: one document per account, keyed by its id. */
@MongoEntity(collection = "draw_leases")
public class DrawLease {
    public ObjectId id;
    /** The run of a withdrawal that holds the account. */
    public String holder;
    public Instant expiresAt;
}
