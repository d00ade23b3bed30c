package com.jkcloud.monitor.risk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link RiskMessage}; the English are in {@code messages/riskText_en.properties}. */
@MessageBundle(value = "riskText", locale = "zh-CN")
public interface RiskTexts {

    @Message("设备未注册")
    String deviceNotRegistered();

    @Message("该设备不在黑名单中")
    String notBlacklisted();
}
