package com.jkcloud.monitor.account;

import org.bson.types.ObjectId;

/** Fired when what a user's accounts show has changed (bound, renamed, unbound, polled, drawn). */
public record AccountDataChanged(ObjectId ownerId) {
}
