package com.jkcloud.monitor.silence;

import com.jkcloud.monitor.common.i18n.Message;

final class SilenceMessage {

    static final Message UNTIL_NOT_IN_FUTURE = Message.of(SilenceTexts.class, SilenceTexts::untilNotInFuture);
    static final Message UNTIL_TOO_FAR = Message.of(SilenceTexts.class, SilenceTexts::untilTooFar);
    static final Message INVALID_ID = Message.of(SilenceTexts.class, SilenceTexts::invalidId);

    private SilenceMessage() {
    }
}
