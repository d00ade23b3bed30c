package com.jkcloud.monitor.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounds a location to 4 decimals of a degree: about 11 m of latitude, the size of one "place". */
final class Spots {

    private Spots() {
    }

    /** Null when there is no usable location (missing, or the 0,0 an app reports without a fix). */
    static String of(Double latitude, Double longitude) {
        if (latitude == null || longitude == null || (latitude == 0 && longitude == 0)) {
            return null;
        }
        return round(latitude) + "," + round(longitude);
    }

    private static String round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
