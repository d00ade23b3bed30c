package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.Message;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.function.Function;

/** Texts of the mobile-app backend, read from the {@link AppTexts} message bundle in the caller's language. */
public final class AppMessage {

    public static final Message DEVICE_NOT_FOUND = of(AppTexts::deviceNotFound);
    public static final Message ACTION_NOT_FOUND = of(AppTexts::actionNotFound);
    public static final Message DUPLICATE_UID = of(AppTexts::duplicateUid);
    public static final Message UNKNOWN_PLATFORM = of(AppTexts::unknownPlatform);
    public static final Message VERSION_CODE_INVALID = of(AppTexts::versionCodeInvalid);
    public static final Message MIN_SUPPORTED_ABOVE_VERSION = of(AppTexts::minSupportedAboveVersion);
    public static final Message RELEASE_EXISTS = of(AppTexts::releaseExists);

    private AppMessage() {
    }

    private static Message of(Function<AppTexts, String> text) {
        return language -> text.apply(texts(language));
    }

    private static AppTexts texts(Language language) {
        return language == Language.EN
                ? MessageBundles.get(AppTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(AppTexts.class);
    }
}
