package com.jkcloud.monitor.account;

import org.bson.types.ObjectId;

/**
 * Fired when what a user's accounts show has changed (bound, renamed, unbound, polled, drawn). {@code byPoll}: a
 * scheduled poll saw the change, which nobody is waiting to see (views kept for the owner may show it a moment later).
 */
public record AccountDataChanged(ObjectId ownerId, boolean byPoll) {

    public AccountDataChanged(ObjectId ownerId) {
        this(ownerId, false);
    }
}
