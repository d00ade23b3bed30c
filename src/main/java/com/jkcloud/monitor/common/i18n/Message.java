package com.jkcloud.monitor.common.i18n;

/**
 * A human-readable text in Chinese and English. Each capability keeps its texts in its own enum
 * implementing this (see {@link CommonMessage}).
 */
public interface Message {

    String in(Language language);

    /** A stable identifier, for logs. Enums provide it. */
    String name();
}
