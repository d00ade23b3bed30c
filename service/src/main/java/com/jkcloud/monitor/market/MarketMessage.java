package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the market capability. */
public final class MarketMessage {

    public static final Message HISTORY_DAYS = Message.of(MarketTexts.class, MarketTexts::historyDays);
    public static final Message CURRENCY = Message.of(MarketTexts.class, MarketTexts::currency);
    public static final Message THRESHOLD_REQUIRED = Message.of(MarketTexts.class, MarketTexts::thresholdRequired);
    public static final Message THRESHOLD_POSITIVE = Message.of(MarketTexts.class, MarketTexts::thresholdPositive);
    public static final Message BELOW_UNDER_ABOVE = Message.of(MarketTexts.class, MarketTexts::belowUnderAbove);
    public static final Message TOO_MANY_ALERTS = Message.of(MarketTexts.class, MarketTexts::tooManyAlerts);

    private MarketMessage() {
    }
}
