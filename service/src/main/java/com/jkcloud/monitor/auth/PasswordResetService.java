package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.audit.AuditAction;
import com.jkcloud.monitor.audit.AuditOrigin;
import com.jkcloud.monitor.audit.AuditService;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/** Forgotten passwords: a six-digit, single-use code by mail, valid for a limited time and a few guesses. */
@ApplicationScoped
public class PasswordResetService {

    private static final Logger LOG = Logger.getLogger(PasswordResetService.class);

    private final UserRepository users;
    private final PasswordResetCodeRepository codes;
    private final PasswordResetMailer mailer;
    private final PasswordHasher passwordHasher;
    private final AuthConfig config;
    private final SessionRepository sessions;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PasswordResetService(UserRepository users, PasswordResetCodeRepository codes, PasswordResetMailer mailer,
                                PasswordHasher passwordHasher, AuthConfig config, SessionRepository sessions,
                                AuditService audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.users = users;
        this.codes = codes;
        this.mailer = mailer;
        this.passwordHasher = passwordHasher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Answers as soon as the code is stored and its mail queued (never waiting for SMTP), and does the same
     * work for an unknown or mail-less user, so neither the answer nor its timing tells who is registered.
     */
    public Uni<Void> requestCode(String rawUsername, Language language) {
        String username = AuthService.normaliseForLookup(rawUsername);
        return users.findByUsername(username).flatMap(user -> {
            String code = String.format("%06d", random.nextInt(1_000_000));
            if (user == null || user.email == null) {
                return codes.replaceNothing(new ObjectId())
                        .flatMap(nothing -> mailer.queueNothing(code, config.resetCodeTtl(), language))
                        .invoke(() -> LOG.infof("Password reset requested for an unknown or mail-less user"));
            }
            Instant now = clock.instant();
            PasswordResetCode resetCode = new PasswordResetCode();
            resetCode.userId = user.id;
            resetCode.codeHash = hash(user, code);
            resetCode.attemptsLeft = config.resetCodeAttempts();
            resetCode.createdAt = now;
            resetCode.expiresAt = now.plus(config.resetCodeTtl());
            return codes.replaceFor(resetCode)
                    .flatMap(stored -> mailer.queue(user.id, user.email, code, config.resetCodeTtl(), language))
                    .invoke(() -> LOG.infof("Password reset code for user %s queued for mail", user.id));
        });
    }

    public Uni<Void> confirm(String rawUsername, String code, String newPassword, AuditOrigin origin) {
        String username = AuthService.normaliseForLookup(rawUsername);
        return users.findByUsername(username).flatMap(user -> {
            if (user == null) {
                throw invalidCode();
            }
            return codes.findByUser(user.id).flatMap(stored -> {
                if (stored == null || stored.attemptsLeft <= 0 || !stored.expiresAt.isAfter(clock.instant())) {
                    throw invalidCode();
                }
                return codes.consume(stored.id, hash(user, code)).flatMap(consumed -> {
                    if (!consumed) {
                        return codes.spendAttempt(stored.id).map(spent -> {
                            throw invalidCode();
                        });
                    }
                    return passwordHasher.hash(newPassword)
                            .flatMap(hash -> users.resetPassword(user.id, hash, clock.instant()))
                            .invoke(() -> LOG.infof("User %s reset their password; earlier tokens revoked", user.id))
                            .flatMap(reset -> sessions.revokeAll(user.id))
                            .flatMap(revoked -> audit.record(AuditAction.PASSWORD_RESET, user.id, origin));
                });
            });
        });
    }

    private static ApiException invalidCode() {
        return ApiException.invalidField("code", CommonMessage.INVALID_RESET_CODE);
    }

    /** Salted with the user id and password hash, so a code is useless for anyone else or after a change. */
    private static String hash(User user, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String material = user.id.toHexString() + ':' + user.passwordHash + ':' + code;
            return HexFormat.of().formatHex(sha256.digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
