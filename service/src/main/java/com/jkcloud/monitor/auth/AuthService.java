package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.audit.AuditAction;
import com.jkcloud.monitor.audit.AuditOrigin;
import com.jkcloud.monitor.audit.AuditService;
import com.jkcloud.monitor.auth.api.Locked;
import com.jkcloud.monitor.auth.api.Registered;
import com.jkcloud.monitor.auth.api.SignedIn;
import com.jkcloud.monitor.auth.api.UserView;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.store.DuplicateKeys;
import com.jkcloud.monitor.twofactor.TwoFactorService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** Registration, sign-in with lockout and a second factor, step-up checks, and password change. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final TokenIssuer tokenIssuer;
    private final AuthConfig config;
    private final SessionRepository sessions;
    private final TwoFactorService twoFactor;
    private final AuditService audit;
    private final Event<SignInFromNewAddress> newAddress;
    private final Clock clock;

    public AuthService(UserRepository users, PasswordHasher passwordHasher, TokenIssuer tokenIssuer,
                       AuthConfig config, SessionRepository sessions, TwoFactorService twoFactor, AuditService audit,
                       Event<SignInFromNewAddress> newAddress, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.tokenIssuer = tokenIssuer;
        this.config = config;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.newAddress = newAddress;
        this.clock = clock;
    }

    public Uni<Registered> register(String rawUsername, String password) {
        return register(rawUsername, password, AuditOrigin.UNKNOWN);
    }

    public Uni<Registered> register(String rawUsername, String password, AuditOrigin origin) {
        Usernames.Username username = Usernames.parse(rawUsername, "username");
        return passwordHasher.hash(password).flatMap(hash -> {
            Instant now = clock.instant();
            User user = new User();
            user.username = username.value();
            user.usernameKind = username.kind();
            user.email = username.kind() == UsernameKind.EMAIL ? username.value() : null;
            user.passwordHash = hash;
            user.knownIps = origin.ip() == null ? List.of() : List.of(origin.ip());
            user.createdAt = now;
            user.updatedAt = now;
            return users.persist(user);
        }).onFailure(DuplicateKeys::isDuplicateKey)
                .transform(duplicate -> new ApiException(ErrorCode.CONFLICT, CommonMessage.USERNAME_TAKEN))
                .flatMap(user -> {
                    LOG.infof("User %s registered", user.id);
                    return tokenIssuer.issue(user, origin).map(token -> new Registered(UserView.of(user), token.token()));
                });
    }

    /**
     * An attempt is taken from the store before the password is checked, so however many sign-ins arrive at
     * once, no more than {@code monitor.auth.max-failed-logins} guesses are ever checked before the lock.
     */
    public Uni<SignedIn> login(String rawUsername, String password, String code, AuditOrigin origin) {
        SignIn signIn = new SignIn(password, code, origin);
        String username = normaliseForLookup(rawUsername);
        return users.findByUsername(username).flatMap(user -> {
            if (user == null) {
                return passwordHasher.matches(password, null).map(ignored -> {
                    throw new ApiException(ErrorCode.UNAUTHORIZED, CommonMessage.WRONG_CREDENTIALS);
                });
            }
            if (isLocked(user)) {
                return Uni.createFrom().failure(locked(user.lockedUntil));
            }
            return attempt(user.id, signIn, true);
        });
    }

    /** What one sign-in request brought. */
    private record SignIn(String password, String code, AuditOrigin origin) {
    }

    public Uni<Void> changePassword(ObjectId userId, String oldPassword, String newPassword, AuditOrigin origin) {
        return users.findById(userId).flatMap(user -> {
            if (user == null) {
                throw new ApiException(ErrorCode.UNAUTHORIZED);
            }
            return passwordHasher.matches(oldPassword, user.passwordHash).flatMap(matches -> {
                if (!matches) {
                    throw ApiException.invalidField("oldPassword", CommonMessage.WRONG_OLD_PASSWORD);
                }
                if (oldPassword.equals(newPassword)) {
                    throw ApiException.invalidField("newPassword", CommonMessage.SAME_PASSWORD);
                }
                return passwordHasher.hash(newPassword)
                        .flatMap(hash -> users.replacePassword(user.id, user.tokenVersion, hash, clock.instant()));
            }).flatMap(updated -> {
                if (updated == null) {
                    // Someone changed the password between our read and our write.
                    throw new ApiException(ErrorCode.CONFLICT);
                }
                LOG.infof("User %s changed their password; earlier tokens revoked", userId);
                return sessions.revokeAll(userId).flatMap(revoked -> audit.record(AuditAction.PASSWORD_CHANGED, userId, origin));
            });
        });
    }

    private Uni<SignedIn> attempt(ObjectId userId, SignIn signIn, boolean mayRetry) {
        int maxAttempts = config.maxFailedLogins();
        return users.takeSignInAttempt(userId, maxAttempts, clock.instant()).flatMap(counted -> {
            if (counted == null) {
                return refuse(userId, signIn, mayRetry);
            }
            boolean lastAttempt = counted.failedLogins >= maxAttempts;
            // The last attempt locks before its password is checked, so the others are refused meanwhile.
            Uni<User> afterLock = lastAttempt ? lockNowOrRead(userId, signIn.origin()) : Uni.createFrom().nullItem();
            return afterLock.flatMap(locked -> passwordHasher.matches(signIn.password(), counted.passwordHash)
                    .flatMap(matches -> !matches ? fail(counted, locked, signIn, "password")
                            : twoFactor.check(userId, signIn.code()).flatMap(check -> switch (check) {
                                case NOT_ENABLED, ACCEPTED, ACCEPTED_RECOVERY_CODE -> succeed(counted, signIn, check);
                                case REJECTED -> fail(counted, locked, signIn, blank(signIn.code()) ? "code-missing" : "code");
                            })));
        });
    }

    /** No attempt was left: locked, or the lock is being set by the last attempt (or was lost in a crash). */
    private Uni<SignedIn> refuse(ObjectId userId, SignIn signIn, boolean mayRetry) {
        return lockNowOrRead(userId, signIn.origin()).flatMap(current -> {
            if (current != null && isLocked(current)) {
                return Uni.createFrom().failure(locked(current.lockedUntil));
            }
            if (current != null && mayRetry) {
                // A successful sign-in reset the count in between: attempts are available again.
                return attempt(userId, signIn, false);
            }
            return Uni.createFrom().failure(new ApiException(ErrorCode.UNAUTHORIZED, CommonMessage.WRONG_CREDENTIALS));
        });
    }

    /**
     * A step-up check: with 2FA on, {@code code} (an authenticator or recovery code) must be current. Each
     * wrong code counts toward the sign-in lockout, taken atomically before the code is checked. Answers
     * whether a code was checked (false: 2FA is off).
     */
    public Uni<Boolean> requireSecondFactor(ObjectId userId, String code, AuditOrigin origin) {
        return twoFactor.isEnabled(userId).flatMap(enabled -> {
            if (!enabled) {
                return Uni.createFrom().item(false);
            }
            if (blank(code)) {
                return Uni.createFrom().failure(TwoFactorService.codeRequired());
            }
            int maxAttempts = config.maxFailedLogins();
            return users.takeSignInAttempt(userId, maxAttempts, clock.instant()).flatMap(counted -> {
                if (counted == null) {
                    return lockNowOrRead(userId, origin).map(current -> {
                        if (current != null && isLocked(current)) {
                            throw locked(current.lockedUntil);
                        }
                        throw TwoFactorService.wrongCode();
                    });
                }
                return twoFactor.check(userId, code).flatMap(check -> {
                    if (check != TwoFactorService.Check.REJECTED) {
                        return users.clearFailedLogins(userId).replaceWith(true);
                    }
                    Uni<User> afterLock = counted.failedLogins >= maxAttempts ? lockNowOrRead(userId, origin)
                            : Uni.createFrom().nullItem();
                    return afterLock.map(current -> {
                        if (current != null && isLocked(current)) {
                            throw locked(current.lockedUntil);
                        }
                        throw TwoFactorService.wrongCode();
                    });
                });
            });
        });
    }

    /** The user after locking them, or as they are if the lock was already set (or a success cleared the count). */
    private Uni<User> lockNowOrRead(ObjectId userId, AuditOrigin origin) {
        return lockNow(userId, origin).flatMap(locked -> locked != null ? Uni.createFrom().item(locked) : users.findById(userId));
    }

    private Uni<User> lockNow(ObjectId userId, AuditOrigin origin) {
        Instant now = clock.instant();
        return users.lockIfOutOfAttempts(userId, config.maxFailedLogins(), now, now.plus(config.lockDuration()))
                .call(locked -> {
                    if (locked == null) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf("User %s locked until %s after %d failed sign-ins", userId, locked.lockedUntil,
                            config.maxFailedLogins());
                    return audit.record(AuditAction.LOCKED, userId, origin,
                            Map.of("until", locked.lockedUntil.toString()));
                });
    }

    private Uni<SignedIn> succeed(User user, SignIn signIn, TwoFactorService.Check check) {
        AuditOrigin origin = signIn.origin();
        String method = switch (check) {
            case ACCEPTED -> "password+totp";
            case ACCEPTED_RECOVERY_CODE -> "password+recovery-code";
            default -> "password";
        };
        return users.clearFailedLogins(user.id)
                .flatMap(cleared -> tokenIssuer.issue(user, origin))
                .call(token -> audit.record(AuditAction.LOGIN, user.id, origin, Map.of("method", method)))
                .call(token -> noticeIfNewAddress(user, origin))
                .map(token -> new SignedIn(UserView.of(user), token.token(), token.expiresAt().toEpochMilli()));
    }

    private Uni<Void> noticeIfNewAddress(User user, AuditOrigin origin) {
        if (origin.ip() == null) {
            return Uni.createFrom().voidItem();
        }
        return users.rememberIp(user.id, origin.ip()).flatMap(isNew -> {
            if (!isNew) {
                return Uni.createFrom().voidItem();
            }
            SignInFromNewAddress event = new SignInFromNewAddress(user.id, user.notifications.email != null
                    ? user.notifications.email : user.email, user.notifications.appPush, user.notifications.language,
                    origin.ip(), origin.userAgent(), clock.instant());
            return Uni.createFrom().completionStage(() -> newAddress.fireAsync(event))
                    .onFailure(CompletionException.class).transform(Throwable::getCause)
                    .replaceWithVoid();
        });
    }

    private Uni<SignedIn> fail(User counted, User afterLock, SignIn signIn, String reason) {
        Uni<Void> recorded = audit.record(AuditAction.LOGIN_FAILED, counted.id, signIn.origin(), Map.of("reason", reason));
        if (afterLock != null && isLocked(afterLock)) {
            return recorded.flatMap(done -> Uni.createFrom().failure(locked(afterLock.lockedUntil)));
        }
        if (!reason.equals("password")) {
            return recorded.flatMap(done -> Uni.createFrom().failure(reason.equals("code-missing")
                    ? TwoFactorService.codeRequired() : TwoFactorService.wrongCode()));
        }
        int attemptsLeft = Math.max(0, config.maxFailedLogins() - counted.failedLogins);
        return recorded.flatMap(done -> Uni.createFrom().failure(
                new ApiException(ErrorCode.UNAUTHORIZED, AuthMessage.wrongCredentials(attemptsLeft))));
    }

    private static boolean blank(String code) {
        return code == null || code.isBlank();
    }

    private boolean isLocked(User user) {
        return user.lockedUntil != null && user.lockedUntil.isAfter(clock.instant());
    }

    private static ApiException locked(Instant until) {
        return ApiException.withData(ErrorCode.LOCKED, AuthMessage.locked(until), new Locked(until.toEpochMilli()));
    }

    /** Sign-in tolerates anything; an unrecognisable name simply matches nobody. */
    static String normaliseForLookup(String rawUsername) {
        try {
            return Usernames.parse(rawUsername, "username").value();
        } catch (ApiException notAUsername) {
            return rawUsername == null ? "" : rawUsername.trim();
        }
    }
}
