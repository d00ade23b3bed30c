package com.jkcloud.monitor.twofactor;

import com.jkcloud.monitor.common.i18n.Message;

final class TwoFactorMessage {

    static final Message WRONG_CODE = Message.of(TwoFactorTexts.class, TwoFactorTexts::wrongCode);
    static final Message ALREADY_ON = Message.of(TwoFactorTexts.class, TwoFactorTexts::alreadyOn);
    static final Message NOT_ENROLLING = Message.of(TwoFactorTexts.class, TwoFactorTexts::notEnrolling);
    static final Message NOT_ON = Message.of(TwoFactorTexts.class, TwoFactorTexts::notOn);

    private TwoFactorMessage() {
    }
}
