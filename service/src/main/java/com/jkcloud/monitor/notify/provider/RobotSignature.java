package com.jkcloud.monitor.notify.provider;

import java.util.function.BinaryOperator;

/**
 * A group robot's "加签" (DingTalk, Feishu): the time it was signed at, in the unit its provider counts, and the
 * sign made from it; a robot without a secret gets neither (both null, so neither is sent).
 */
record RobotSignature(String timestamp, String sign) {

    private static final RobotSignature UNSIGNED = new RobotSignature(null, null);

    /** {@code recipe} makes the sign from the timestamp and the secret, as the provider's documentation says. */
    static RobotSignature of(String secret, long timestamp, BinaryOperator<String> recipe) {
        if (secret == null) {
            return UNSIGNED;
        }
        String signedAt = Long.toString(timestamp);
        return new RobotSignature(signedAt, recipe.apply(signedAt, secret));
    }
}
