package com.jkcloud.monitor.risk.api;

import com.jkcloud.monitor.risk.RiskReason;

public record ReasonView(String rule, int points, String detail, long at) {

    public static ReasonView of(RiskReason reason) {
        return new ReasonView(reason.rule.name(), reason.points, reason.detail, reason.at.toEpochMilli());
    }
}
