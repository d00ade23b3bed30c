package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.crypto.CredentialCipher;
import com.jkcloud.monitor.onething.OneThingCredentials;
import jakarta.enterprise.context.ApplicationScoped;

/** Seals and opens the stored OneThing pwd of an account; the ciphertext is bound to the account's username. */
@ApplicationScoped
public class AccountSecrets {

    private final CredentialCipher cipher;

    public AccountSecrets(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    public String seal(String username, String pwd) {
        return cipher.encrypt(pwd, username);
    }

    public OneThingCredentials credentials(OneThingAccount account) {
        return new OneThingCredentials(account.username, account.loginType, cipher.decrypt(account.encryptedPwd, account.username));
    }
}
