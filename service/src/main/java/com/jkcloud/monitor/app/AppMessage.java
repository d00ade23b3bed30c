package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the mobile-app backend. */
public final class AppMessage {

    public static final Message DEVICE_NOT_FOUND = Message.of("设备不存在",
            "No such device");
    public static final Message ACTION_NOT_FOUND = Message.of("没有使用该 uid 的操作",
            "No action has this uid");
    public static final Message DUPLICATE_UID = Message.of("uid 重复",
            "is used more than once");
    public static final Message UNKNOWN_PLATFORM = Message.of("须为 Android 或 iOS",
            "must be Android or iOS");
    public static final Message VERSION_CODE_INVALID = Message.of("须为正整数",
            "must be a positive whole number");
    public static final Message MIN_SUPPORTED_ABOVE_VERSION = Message.of("不能大于 versionCode",
            "must not be above versionCode");
    public static final Message RELEASE_EXISTS = Message.of("该平台已发布过此 versionCode",
            "This versionCode is already published for the platform");

    private AppMessage() {
    }
}
