package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.Message;

public enum AppMessage implements Message {
    DEVICE_NOT_FOUND("设备不存在", "No such device"),
    ACTION_NOT_FOUND("没有使用该 uid 的操作", "No action has this uid"),
    DUPLICATE_UID("uid 重复", "is used more than once"),
    UNKNOWN_PLATFORM("须为 Android 或 iOS", "must be Android or iOS"),
    VERSION_CODE_INVALID("须为正整数", "must be a positive whole number"),
    MIN_SUPPORTED_ABOVE_VERSION("不能大于 versionCode", "must not be above versionCode"),
    RELEASE_EXISTS("该平台已发布过此 versionCode", "This versionCode is already published for the platform");

    private final String chinese;
    private final String english;

    AppMessage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? english : chinese;
    }
}
