package com.jkcloud.monitor.notify.address;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The providers a channel URL can name, by its Apprise-style scheme. */
public enum ChannelType {
    EMAIL("mailto"),
    SERVERCHAN("schan"),
    PUSHPLUS("pushplus"),
    WECOM("wecombot"),
    DINGTALK("dingtalk"),
    FEISHU("feishu"),
    TELEGRAM("tgram"),
    BARK("bark"),
    WEBHOOK("json", "jsons");

    private final List<String> schemes;

    ChannelType(String... schemes) {
        this.schemes = List.of(schemes);
    }

    public static Optional<ChannelType> forScheme(String scheme) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.schemes.contains(lower)).findFirst();
    }
}
