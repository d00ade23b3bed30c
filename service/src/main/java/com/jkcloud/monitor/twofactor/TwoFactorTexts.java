package com.jkcloud.monitor.twofactor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link TwoFactorMessage}; the English are in {@code messages/twoFactorText_en.properties}. */
@MessageBundle(value = "twoFactorText", locale = "zh-CN")
interface TwoFactorTexts {

    @Message("验证码错误或已使用")
    String wrongCode();

    @Message("两步验证已开启，请先关闭")
    String alreadyOn();

    @Message("请先开始两步验证的设置")
    String notEnrolling();

    @Message("两步验证未开启")
    String notOn();
}
