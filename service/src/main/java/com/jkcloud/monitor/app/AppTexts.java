package com.jkcloud.monitor.app;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the mobile-app backend as a Qute message bundle, Chinese by default; {@link AppTextsEn} has the English. */
@MessageBundle(value = "appText", locale = "zh-CN")
public interface AppTexts {

    @Message("设备不存在")
    String deviceNotFound();

    @Message("没有使用该 uid 的操作")
    String actionNotFound();

    @Message("uid 重复")
    String duplicateUid();

    @Message("须为 Android 或 iOS")
    String unknownPlatform();

    @Message("须为正整数")
    String versionCodeInvalid();

    @Message("不能大于 versionCode")
    String minSupportedAboveVersion();

    @Message("该平台已发布过此 versionCode")
    String releaseExists();
}
