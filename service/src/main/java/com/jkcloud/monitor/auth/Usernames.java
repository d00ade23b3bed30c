package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.i18n.CommonMessage;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises and normalises usernames: a mainland mobile number or an e-mail address. */
public final class Usernames {

    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    public record Username(String value, UsernameKind kind) {
    }

    private Usernames() {
    }

    /** Trims, lower-cases e-mails; refuses anything else with a 400 naming {@code field}. */
    public static Username parse(String raw, String field) {
        String trimmed = raw == null ? "" : raw.trim();
        if (MOBILE.matcher(trimmed).matches()) {
            return new Username(trimmed, UsernameKind.PHONE);
        }
        if (trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches()) {
            return new Username(trimmed.toLowerCase(Locale.ROOT), UsernameKind.EMAIL);
        }
        throw ApiException.invalidField(field, CommonMessage.INVALID_USERNAME);
    }
}
