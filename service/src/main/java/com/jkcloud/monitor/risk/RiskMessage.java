package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the anti-fraud capability. */
public final class RiskMessage {

    public static final Message DEVICE_NOT_REGISTERED = Message.of(RiskTexts.class, RiskTexts::deviceNotRegistered);
    public static final Message NOT_BLACKLISTED = Message.of(RiskTexts.class, RiskTexts::notBlacklisted);

    private RiskMessage() {
    }
}
