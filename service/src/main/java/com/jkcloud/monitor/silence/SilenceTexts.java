package com.jkcloud.monitor.silence;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link SilenceMessage}; the English are in {@code messages/silenceText_en.properties}. */
@MessageBundle(value = "silenceText", locale = "zh-CN")
interface SilenceTexts {

    @Message("结束时间必须晚于现在")
    String untilNotInFuture();

    @Message("最多静默 30 天")
    String untilTooFar();

    @Message("不是有效的 ID")
    String invalidId();
}
