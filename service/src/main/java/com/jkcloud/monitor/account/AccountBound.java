package com.jkcloud.monitor.account;

import org.bson.types.ObjectId;

import java.time.Instant;

/** Fired (asynchronously, awaited before the answer) once a new account is stored, before its first refresh. */
public record AccountBound(ObjectId accountId, ObjectId ownerId, Instant boundAt) {
}
