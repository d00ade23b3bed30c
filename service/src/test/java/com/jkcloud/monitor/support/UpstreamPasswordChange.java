package com.jkcloud.monitor.support;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountSecrets;
import com.jkcloud.monitor.onething.OneThingPasswords;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.util.Map;

/** Plays an owner who changed a bound account's password upstream: the stored one no longer logs in. */
@ApplicationScoped
public class UpstreamPasswordChange {

    private final AccountRepository accounts;
    private final AccountSecrets secrets;

    UpstreamPasswordChange(AccountRepository accounts, AccountSecrets secrets) {
        this.accounts = accounts;
        this.secrets = secrets;
    }

    /** The stored pwd becomes another one, and every upstream session ends, so the next poll has to log in with it. */
    public void of(ObjectId accountId, String upstreamUsername) {
        accounts.setFields(accountId, Map.of("encryptedPwd",
                secrets.seal(upstreamUsername, OneThingPasswords.derivePwd("changed-upstream")))).await().atMost(TestDurations.WAIT);
        OneThingFixtures.simulator().expireSessions();
    }
}
