package com.jkcloud.monitor.risk.api;

import com.jkcloud.monitor.risk.RiskProfile;

import java.util.List;

public record SuspectView(String deviceID, int score, List<ReasonView> reasons, List<String> ips,
                          Long firstSeen, Long lastSeen, Long exemptUntil) {

    public static SuspectView of(RiskProfile profile) {
        return new SuspectView(profile.deviceId, profile.score,
                profile.reasons().stream().map(ReasonView::of).toList(),
                profile.ips == null ? List.of() : profile.ips,
                profile.firstSeen == null ? null : profile.firstSeen.toEpochMilli(),
                profile.lastSeen == null ? null : profile.lastSeen.toEpochMilli(),
                profile.exemptUntil == null ? null : profile.exemptUntil.toEpochMilli());
    }
}
