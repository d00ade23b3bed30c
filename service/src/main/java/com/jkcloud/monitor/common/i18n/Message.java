package com.jkcloud.monitor.common.i18n;

/** A human-readable text in Chinese and English. Each capability keeps its texts as constants of its own. */
public interface Message {

    String in(Language language);

    static Message of(String chinese, String english) {
        return new Text(chinese, english);
    }

    record Text(String chinese, String english) implements Message {
        @Override
        public String in(Language language) {
            return language == Language.EN ? english : chinese;
        }
    }
}
