package com.jkcloud.monitor.account;

import java.time.Instant;

/**
 * Fired (synchronously) once a new OneThing password has been checked upstream, just before it is stored, so
 * observers can set the fields they own on the account in the same write ({@link AccountPasswordReplaced} follows it).
 */
public record AccountPasswordReplacing(OneThingAccount account, Instant replacedAt) {
}
