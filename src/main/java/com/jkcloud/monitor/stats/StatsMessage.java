package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.Message;

public enum StatsMessage implements Message {
    DAYS_OUT_OF_RANGE("须为 1 到 90 之间的整数", "must be a whole number from 1 to 90");

    private final String chinese;
    private final String english;

    StatsMessage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? english : chinese;
    }
}
