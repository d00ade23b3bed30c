package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the stats capability. */
public final class StatsMessage {

    public static final Message DAYS_OUT_OF_RANGE = Message.of(StatsTexts.class, StatsTexts::daysOutOfRange);
    public static final Message AVAILABILITY_DAYS_OUT_OF_RANGE = Message.of(StatsTexts.class, StatsTexts::availabilityDaysOutOfRange);
    public static final Message PAGE_OUT_OF_RANGE = Message.of(StatsTexts.class, StatsTexts::pageOutOfRange);
    public static final Message SIZE_OUT_OF_RANGE = Message.of(StatsTexts.class, StatsTexts::sizeOutOfRange);
    public static final Message STATUS_UNKNOWN = Message.of(StatsTexts.class, StatsTexts::statusUnknown);
    public static final Message SORT_UNKNOWN = Message.of(StatsTexts.class, StatsTexts::sortUnknown);
    public static final Message ID_MALFORMED = Message.of(StatsTexts.class, StatsTexts::idMalformed);
    public static final Message TEXT_TOO_LONG = Message.of(StatsTexts.class, StatsTexts::textTooLong);

    private StatsMessage() {
    }
}
