package com.jkcloud.monitor.market;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link MarketMessage}; the English are in {@code messages/marketText_en.properties}. */
@MessageBundle(value = "marketText", locale = "zh-CN")
public interface MarketTexts {

    @Message("days 必须是 1 到 365 之间的整数")
    String historyDays();

    @Message("currency 必须是 USDT 或 ETH")
    String currency();

    @Message("above 与 below 至少填写一个")
    String thresholdRequired();

    @Message("价格阈值必须大于 0")
    String thresholdPositive();

    @Message("below 必须小于 above")
    String belowUnderAbove();

    @Message("价格提醒最多 50 个")
    String tooManyAlerts();

    @Message("【JK Cloud Monitor】币价涨至 {price} {currency}")
    String priceRoseSubject(String price, String currency);

    @Message("【JK Cloud Monitor】币价跌至 {price} {currency}")
    String priceFellSubject(String price, String currency);

    @Message("当前价格 {price} {currency}，已达到或高于 {threshold}。")
    String priceAtOrAbove(String price, String currency, String threshold);

    @Message("当前价格 {price} {currency}，已达到或低于 {threshold}。")
    String priceAtOrBelow(String price, String currency, String threshold);
}
