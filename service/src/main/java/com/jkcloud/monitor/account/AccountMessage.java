package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the account capability. */
public final class AccountMessage {

    public static final Message ALREADY_BOUND = Message.of(AccountTexts.class, AccountTexts::alreadyBound);
    public static final Message NOTHING_TO_CHANGE = Message.of(AccountTexts.class, AccountTexts::nothingToChange);

    private AccountMessage() {
    }
}
