package com.jkcloud.monitor.account;

import java.time.Instant;

/**
 * Fired (synchronously) with a new account just before it is stored, so observers can set the fields they own
 * on it and the account is stored with them in one write. ({@link AccountBound} follows once it is stored.)
 */
public record AccountBinding(OneThingAccount account, Instant boundAt) {
}
