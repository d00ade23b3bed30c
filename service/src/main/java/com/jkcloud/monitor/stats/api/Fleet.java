package com.jkcloud.monitor.stats.api;

import com.jkcloud.monitor.account.api.DeviceView;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/v1/fleet}: every device of the caller's accounts, from the store. {@code withdrawable} is what a
 * withdraw-all would draw (the devices' shares add up to it).
 */
public record Fleet(List<DeviceView> devices, int online, int offline, int exception, BigDecimal yesterdayIncome,
                    BigDecimal withdrawable) {
}
