package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.i18n.CommonMessage;

import java.util.Locale;

/** The app's platforms, spelled as the app sends them in its {@code Platform} header. */
public enum Platform {
    ANDROID("Android"), IOS("iOS");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Case-insensitive; a 400 naming {@code field} otherwise. */
    public static Platform parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidField(field, CommonMessage.FIELD_REQUIRED);
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "android" -> ANDROID;
            case "ios" -> IOS;
            default -> throw ApiException.invalidField(field, AppMessage.UNKNOWN_PLATFORM);
        };
    }
}
