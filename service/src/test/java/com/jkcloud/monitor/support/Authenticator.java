package com.jkcloud.monitor.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.time.Duration;
import java.time.Instant;

/** What an authenticator app shows for a TOTP secret (RFC 6238, SHA-1, 30 s, 6 digits) at an instant. */
public final class Authenticator {

    private static final TimeBasedOneTimePasswordGenerator TOTP =
            new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);

    private Authenticator() {
    }

    public static String code(String base32Secret, Instant at) {
        try {
            int code = TOTP.generateOneTimePassword(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"), at);
            return String.format("%06d", code);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
