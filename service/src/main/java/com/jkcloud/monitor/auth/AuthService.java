package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.auth.api.Locked;
import com.jkcloud.monitor.auth.api.Registered;
import com.jkcloud.monitor.auth.api.SignedIn;
import com.jkcloud.monitor.auth.api.UserView;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.store.DuplicateKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/** Registration, sign-in with lockout, and password change. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final TokenIssuer tokenIssuer;
    private final AuthConfig config;
    private final Clock clock;

    public AuthService(UserRepository users, PasswordHasher passwordHasher, TokenIssuer tokenIssuer,
                       AuthConfig config, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.tokenIssuer = tokenIssuer;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Registered> register(String rawUsername, String password) {
        Usernames.Username username = Usernames.parse(rawUsername, "username");
        return passwordHasher.hash(password).flatMap(hash -> {
            Instant now = clock.instant();
            User user = new User();
            user.username = username.value();
            user.usernameKind = username.kind();
            user.email = username.kind() == UsernameKind.EMAIL ? username.value() : null;
            user.passwordHash = hash;
            user.createdAt = now;
            user.updatedAt = now;
            return users.persist(user);
        }).onFailure(DuplicateKeys::isDuplicateKey)
                .transform(duplicate -> new ApiException(ErrorCode.CONFLICT, CommonMessage.USERNAME_TAKEN))
                .map(user -> {
                    LOG.infof("User %s registered", user.id);
                    return new Registered(UserView.of(user), tokenIssuer.issue(user).token());
                });
    }

    /**
     * An attempt is taken from the store before the password is checked, so however many sign-ins arrive at
     * once, no more than {@code monitor.auth.max-failed-logins} guesses are ever checked before the lock.
     */
    public Uni<SignedIn> login(String rawUsername, String password) {
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
            return attempt(user.id, password, true);
        });
    }

    public Uni<Void> changePassword(ObjectId userId, String oldPassword, String newPassword) {
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
            }).map(updated -> {
                if (updated == null) {
                    // Someone changed the password between our read and our write.
                    throw new ApiException(ErrorCode.CONFLICT);
                }
                LOG.infof("User %s changed their password; earlier tokens revoked", userId);
                return null;
            });
        });
    }

    private Uni<SignedIn> attempt(ObjectId userId, String password, boolean mayRetry) {
        int maxAttempts = config.maxFailedLogins();
        return users.takeSignInAttempt(userId, maxAttempts, clock.instant()).flatMap(counted -> {
            if (counted == null) {
                return refuse(userId, password, mayRetry);
            }
            boolean lastAttempt = counted.failedLogins >= maxAttempts;
            // The last attempt locks before its password is checked, so the others are refused meanwhile.
            Uni<User> afterLock = lastAttempt ? lockNowOrRead(userId) : Uni.createFrom().nullItem();
            return afterLock.flatMap(locked -> passwordHasher.matches(password, counted.passwordHash)
                    .flatMap(matches -> matches ? succeed(counted) : fail(counted, locked)));
        });
    }

    /** No attempt was left: locked, or the lock is being set by the last attempt (or was lost in a crash). */
    private Uni<SignedIn> refuse(ObjectId userId, String password, boolean mayRetry) {
        return lockNowOrRead(userId).flatMap(current -> {
            if (current != null && isLocked(current)) {
                return Uni.createFrom().failure(locked(current.lockedUntil));
            }
            if (current != null && mayRetry) {
                // A successful sign-in reset the count in between: attempts are available again.
                return attempt(userId, password, false);
            }
            return Uni.createFrom().failure(new ApiException(ErrorCode.UNAUTHORIZED, CommonMessage.WRONG_CREDENTIALS));
        });
    }

    /** The user after locking them, or as they are if the lock was already set (or a success cleared the count). */
    private Uni<User> lockNowOrRead(ObjectId userId) {
        return lockNow(userId).flatMap(locked -> locked != null ? Uni.createFrom().item(locked) : users.findById(userId));
    }

    private Uni<User> lockNow(ObjectId userId) {
        Instant now = clock.instant();
        return users.lockIfOutOfAttempts(userId, config.maxFailedLogins(), now, now.plus(config.lockDuration()))
                .invoke(locked -> {
                    if (locked != null) {
                        LOG.warnf("User %s locked until %s after %d failed sign-ins", userId, locked.lockedUntil,
                                config.maxFailedLogins());
                    }
                });
    }

    private Uni<SignedIn> succeed(User user) {
        return users.clearFailedLogins(user.id).map(ignored -> {
            TokenIssuer.IssuedToken token = tokenIssuer.issue(user);
            return new SignedIn(UserView.of(user), token.token(), token.expiresAt().toEpochMilli());
        });
    }

    private Uni<SignedIn> fail(User counted, User afterLock) {
        if (afterLock != null && isLocked(afterLock)) {
            return Uni.createFrom().failure(locked(afterLock.lockedUntil));
        }
        int attemptsLeft = Math.max(0, config.maxFailedLogins() - counted.failedLogins);
        return Uni.createFrom().failure(new ApiException(ErrorCode.UNAUTHORIZED, AuthMessage.wrongCredentials(attemptsLeft)));
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
