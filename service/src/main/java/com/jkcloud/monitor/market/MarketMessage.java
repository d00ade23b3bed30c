package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the market capability. */
public final class MarketMessage {

    public static final Message HISTORY_DAYS = Message.of("days 必须是 1 到 365 之间的整数",
            "days must be a whole number from 1 to 365");
    public static final Message CURRENCY = Message.of("currency 必须是 USDT 或 ETH", "currency must be USDT or ETH");
    public static final Message THRESHOLD_REQUIRED = Message.of("above 与 below 至少填写一个",
            "Give above, below or both");
    public static final Message THRESHOLD_POSITIVE = Message.of("价格阈值必须大于 0", "A price threshold must be above 0");
    public static final Message BELOW_UNDER_ABOVE = Message.of("below 必须小于 above", "below must be less than above");
    public static final Message TOO_MANY_ALERTS = Message.of("价格提醒最多 50 个", "At most 50 price alerts");

    private MarketMessage() {
    }
}
