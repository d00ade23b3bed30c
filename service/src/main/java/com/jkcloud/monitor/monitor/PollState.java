package com.jkcloud.monitor.monitor;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** When an account is polled next and how its last polls went; one per bound account, keyed by its id. */
@MongoEntity(collection = "poll_states")
public class PollState {
    /** The account's id. */
    public ObjectId id;
    /** Null while polling is paused (the stored password stopped working). */
    public Instant nextPollAt;
    public Instant lastPolledAt;
    public int consecutiveFailures;
}
