package com.jkcloud.monitor.common.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A capability's Qute message bundle in one language, for texts composed outside a template. */
public final class Bundles {

    private Bundles() {
    }

    public static <T> T in(Class<T> bundle, Language language) {
        return language == Language.EN
                ? MessageBundles.get(bundle, Localized.Literal.of(Language.EN.tag()))
                : MessageBundles.get(bundle);
    }
}
