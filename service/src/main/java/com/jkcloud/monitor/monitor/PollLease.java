package com.jkcloud.monitor.monitor;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/**
 * A replica's claim on polling one account: it exists only while the poll runs, so the collection stays as
 * small as the polls in flight. Keyed by the account's id, so two replicas can never both hold one.
 */
@MongoEntity(collection = "poll_leases")
public class PollLease {
    /** The account's id. */
    public ObjectId id;
    public String owner;
    public Instant until;
}
