package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the mobile-app backend, read from the {@link AppTexts} message bundle in the caller's language. */
public final class AppMessage {

    public static final Message DEVICE_NOT_FOUND = Message.of(AppTexts.class, AppTexts::deviceNotFound);
    public static final Message ACTION_NOT_FOUND = Message.of(AppTexts.class, AppTexts::actionNotFound);
    public static final Message DUPLICATE_UID = Message.of(AppTexts.class, AppTexts::duplicateUid);
    public static final Message UNKNOWN_PLATFORM = Message.of(AppTexts.class, AppTexts::unknownPlatform);
    public static final Message VERSION_CODE_INVALID = Message.of(AppTexts.class, AppTexts::versionCodeInvalid);
    public static final Message MIN_SUPPORTED_ABOVE_VERSION = Message.of(AppTexts.class, AppTexts::minSupportedAboveVersion);
    public static final Message RELEASE_EXISTS = Message.of(AppTexts.class, AppTexts::releaseExists);

    private AppMessage() {
    }
}
