package com.jkcloud.monitor.account;

import org.bson.types.ObjectId;

/** Fired (asynchronously, awaited before the answer) once an account, its devices and incomes are deleted. */
public record AccountUnbound(ObjectId accountId, ObjectId ownerId) {
}
