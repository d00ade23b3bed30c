package com.jkcloud.monitor.common.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages users read: Chinese by default, English when the caller prefers it. */
public enum Language {
    ZH, EN;

    /** Reads an {@code Accept-Language} header; the most preferred of zh/en wins, Chinese when neither is named. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() <= 0) {
                    continue;
                }
                if (tag.startsWith("en")) {
                    return EN;
                }
                if (tag.startsWith("zh")) {
                    return ZH;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return ZH;
        }
        return ZH;
    }

    public static Language fromTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    public String tag() {
        return this == EN ? "en" : "zh";
    }

    /** The locale Qute message bundles are selected by ({@code quarkus.locales}). */
    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
