package com.jkcloud.monitor.twofactor;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.crypto.CredentialCipher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * TOTP enrolment, confirmation and checks. A code is accepted once: its time step is recorded atomically and
 * no code of that step or an earlier one is accepted again; a recovery code is removed as it is used.
 */
@ApplicationScoped
public class TwoFactorService {

    public enum Check { NOT_ENABLED, ACCEPTED, ACCEPTED_RECOVERY_CODE, REJECTED }

    public record Enrolment(String secret, String otpauthUri, String qrPng) {
        @Override
        public String toString() {
            return "Enrolment[secret=***]";
        }
    }

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "JK Cloud Monitor";
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TwoFactorRepository states;
    private final CredentialCipher cipher;
    private final Clock clock;

    public TwoFactorService(TwoFactorRepository states, CredentialCipher cipher, Clock clock) {
        this.states = states;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A new secret for {@code accountName}, waiting for {@link #confirm}; 409 while 2FA is on. */
    public Uni<Enrolment> enrol(ObjectId userId, String accountName) {
        String secret = Totp.newSecret();
        return states.startEnrolment(userId, cipher.encrypt(secret, associatedData(userId))).map(started -> {
            if (!started) {
                throw new ApiException(ErrorCode.CONFLICT, TwoFactorMessage.ALREADY_ON);
            }
            String label = URLEncoder.encode(ISSUER + ":" + accountName, StandardCharsets.UTF_8).replace("+", "%20");
            String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                    + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
                    + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.getSeconds();
            return new Enrolment(secret, uri, QrPng.dataUri(uri));
        });
    }

    /** Turns 2FA on with a code of the pending secret; answers the recovery codes, shown this once. */
    public Uni<List<String>> confirm(ObjectId userId, String code) {
        return states.findById(userId).flatMap(state -> {
            if (state == null || state.pendingSecret == null) {
                throw new ApiException(state != null && state.enabled ? ErrorCode.CONFLICT : ErrorCode.VALIDATION_FAILED,
                        state != null && state.enabled ? TwoFactorMessage.ALREADY_ON : TwoFactorMessage.NOT_ENROLLING);
            }
            long step = Totp.matchingStep(cipher.decrypt(state.pendingSecret, associatedData(userId)), code,
                    clock.instant());
            if (step < 0) {
                throw ApiException.invalidField("code", TwoFactorMessage.WRONG_CODE);
            }
            List<String> codes = newRecoveryCodes();
            List<String> hashes = codes.stream().map(shown -> hash(userId, shown)).toList();
            return states.activate(userId, state.pendingSecret, step, hashes, clock.instant()).map(activated -> {
                if (activated == null) {
                    throw ApiException.invalidField("code", TwoFactorMessage.WRONG_CODE);
                }
                return codes;
            });
        });
    }

    public Uni<Boolean> isEnabled(ObjectId userId) {
        return states.findById(userId).map(state -> state != null && state.enabled);
    }

    /** Checks (and uses up) an authenticator code or a recovery code. */
    public Uni<Check> check(ObjectId userId, String code) {
        return states.findById(userId).flatMap(state -> {
            if (state == null || !state.enabled) {
                return Uni.createFrom().item(Check.NOT_ENABLED);
            }
            String given = code == null ? "" : code.strip();
            if (given.matches("\\d{" + Totp.DIGITS + "}")) {
                long step = Totp.matchingStep(cipher.decrypt(state.secret, associatedData(userId)), given,
                        clock.instant());
                return step < 0 || step <= state.lastUsedStep ? Uni.createFrom().item(Check.REJECTED)
                        : states.useStep(userId, step).map(used -> used ? Check.ACCEPTED : Check.REJECTED);
            }
            String normalised = normaliseRecoveryCode(given);
            if (normalised.length() != 10) {
                return Uni.createFrom().item(Check.REJECTED);
            }
            return states.useRecoveryCode(userId, hash(userId, normalised))
                    .map(used -> used ? Check.ACCEPTED_RECOVERY_CODE : Check.REJECTED);
        });
    }

    /** Turns 2FA off (the caller has checked a code); 400 when it was not on. */
    public Uni<Void> disable(ObjectId userId) {
        return states.remove(userId).map(removed -> {
            if (!removed) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, TwoFactorMessage.NOT_ON);
            }
            return null;
        });
    }

    public static ApiException codeRequired() {
        return new ApiException(ErrorCode.TWO_FACTOR_REQUIRED);
    }

    public static ApiException wrongCode() {
        return new ApiException(ErrorCode.TWO_FACTOR_REQUIRED, TwoFactorMessage.WRONG_CODE);
    }

    private static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder(11);
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    private static String normaliseRecoveryCode(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** 50 random bits per code: a plain salted SHA-256 is enough and lets the store find it in one update. */
    private static String hash(ObjectId userId, String recoveryCode) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hashed = digest.digest((userId.toHexString() + ":" + normaliseRecoveryCode(recoveryCode))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hashed);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String associatedData(ObjectId userId) {
        return "totp:" + userId.toHexString();
    }
}
