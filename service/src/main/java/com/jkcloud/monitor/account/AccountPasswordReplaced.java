package com.jkcloud.monitor.account;

import org.bson.types.ObjectId;

import java.time.Instant;

/** Fired (asynchronously, awaited before the answer) once a new, upstream-checked OneThing password is stored. */
public record AccountPasswordReplaced(ObjectId accountId, ObjectId ownerId, Instant replacedAt) {
}
