package com.jkcloud.monitor.risk;

/** Why a device earned points; each stored reason names one of these. */
public enum RiskRule {
    /** Rule 1: many devices mining from one public IP at once. Blacklists on its own. */
    SHARED_IP(100),
    /** Rule 2: device facts. */
    EMULATOR(70),
    TEST_KEYS(30),
    ROOTED(25),
    LOW_RESOLUTION(15),
    LOW_END_MODEL(20),
    /** Rule 3: many devices at the same spot. */
    LOCATION_CLUSTER(30),
    /** Blacklist entries only: the score reached {@code monitor.risk.blacklist-score}. */
    SCORE(0),
    /** Blacklist entries only: an operator's manual entry. */
    MANUAL(0);

    private final int points;

    RiskRule(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
