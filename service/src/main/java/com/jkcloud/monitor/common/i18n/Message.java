package com.jkcloud.monitor.common.i18n;

import java.util.function.Function;

/**
 * A human-readable text in Chinese and English. Each capability keeps its texts in a Qute message bundle of its own
 * ({@code @MessageBundle}, Chinese by default, English localized as {@code @Localized("en")}) and names them as
 * constants made with {@link #of}.
 */
public interface Message {

    String in(Language language);

    /** The text {@code text} picks from {@code bundle}, read in the caller's language each time it is shown. */
    static <T> Message of(Class<T> bundle, Function<T, String> text) {
        return language -> text.apply(Bundles.in(bundle, language));
    }
}
