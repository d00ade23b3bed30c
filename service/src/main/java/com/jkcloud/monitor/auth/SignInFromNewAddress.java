package com.jkcloud.monitor.auth;

import org.bson.types.ObjectId;

import java.time.Instant;

/**
 * Fired (asynchronously, awaited before the sign-in is answered) when a user signs in from an IP they have not
 * used before, so the security notice is queued durably. {@code mailTo} is null when the user has no address.
 */
public record SignInFromNewAddress(ObjectId userId, String mailTo, boolean appPushWanted, String language, String ip,
                                   String userAgent, Instant at) {
}
