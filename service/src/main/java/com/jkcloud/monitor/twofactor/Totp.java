package com.jkcloud.monitor.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** RFC 6238 codes: HMAC-SHA1, 30-second steps, 6 digits, as every authenticator app computes them. */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** A code of the step before or after the current one is still accepted (clock drift, slow typing). */
    static final int DRIFT_STEPS = 1;
    private static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new secret as the Base32 text authenticator apps take. */
    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /** The step within the drift window whose code {@code code} is, or -1 if none. */
    static long matchingStep(String base32Secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        int wanted = Integer.parseInt(code);
        long current = stepOf(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (codeAt(base32Secret, step) == wanted) {
                return step;
            }
        }
        return -1;
    }

    static int codeAt(String base32Secret, long step) {
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(base32Secret.toUpperCase(Locale.ROOT)),
                generator.getAlgorithm());
        try {
            return generator.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException("HMAC key refused", impossible);
        }
    }
}
