package com.jkcloud.monitor.stats.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.jkcloud.monitor.account.api.DeviceView;

import java.math.BigDecimal;

/** {@code GET /api/v1/fleet/devices/{sn}}: the fleet's device fields plus its group and uptimes (null: never polled). */
public record DeviceDetail(@JsonUnwrapped DeviceView device, String groupId, BigDecimal uptime24h,
                           BigDecimal uptime7d, BigDecimal uptime30d) {
}
