package com.jkcloud.monitor.stats.api;

import com.jkcloud.monitor.account.api.DeviceView;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/v1/fleet?size=}: one page of the filtered fleet; the counts and income cover the whole filter. */
public record FleetPage(List<DeviceView> devices, long total, int page, int size, long online, long offline,
                        long exception, BigDecimal yesterdayIncome) {
}
