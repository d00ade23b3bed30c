package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the anti-fraud capability. */
public final class RiskMessage {

    public static final Message DEVICE_NOT_REGISTERED = Message.of("设备未注册",
            "This device is not registered");
    public static final Message NOT_BLACKLISTED = Message.of("该设备不在黑名单中",
            "This device is not blacklisted");

    private RiskMessage() {
    }
}
