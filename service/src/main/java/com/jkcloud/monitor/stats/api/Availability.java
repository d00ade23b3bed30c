package com.jkcloud.monitor.stats.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/v1/fleet/devices/{sn}/availability}: contiguous stretches from {@code from} to {@code to},
 * oldest first; {@code unknown} where no poll saw the device. {@code uptime} = online share of the known time.
 */
public record Availability(String deviceSn, long from, long to, BigDecimal uptime, List<Stretch> timeline) {

    public record Stretch(long from, long to, String status) {
    }
}
