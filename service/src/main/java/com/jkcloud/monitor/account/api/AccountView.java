package com.jkcloud.monitor.account.api;

import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.onething.LoginType;

import java.time.Instant;

/** An account as its owner sees it: never a password, pwd, session or cookie. */
public record AccountView(
        String id,
        String username,
        String name,
        String groupId,
        LoginType loginType,
        AccountStatus status,
        String statusMessage,
        long createdAt,
        Long lastPolledAt,
        Long nextPollAt) {

    /** {@code nextPollAt} comes from the monitor's schedule (null while polling is paused). */
    public static AccountView of(OneThingAccount account, Instant nextPollAt) {
        return new AccountView(account.id.toHexString(), account.username, account.name,
                account.groupId == null ? null : account.groupId.toHexString(), account.loginType,
                account.status, account.statusMessage, account.createdAt.toEpochMilli(),
                millis(account.lastPolledAt), millis(nextPollAt));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
