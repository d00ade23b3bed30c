package com.jkcloud.monitor.account;

import org.bson.types.ObjectId;

import java.math.BigDecimal;

/** One account's income on one China-time day, as read from its {@link IncomeMonth}. */
public record DailyIncomeRecord(ObjectId accountId, String date, BigDecimal coins) {
}
