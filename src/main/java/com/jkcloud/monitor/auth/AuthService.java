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

    public Uni<SignedIn> login(String rawUsername, String password) {
        String username = normaliseForLookup(rawUsername);
        return users.findByUsername(username).flatMap(user -> {
            if (user != null && isLocked(user)) {
                throw locked(user.lockedUntil);
            }
            return passwordHasher.matches(password, user == null ? null : user.passwordHash)
                    .flatMap(matches -> matches ? succeed(user) : fail(user));
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

    private Uni<SignedIn> succeed(User user) {
        Uni<Void> reset = user.failedLogins > 0 || user.lockedUntil != null
                ? users.clearFailedLogins(user.id) : Uni.createFrom().voidItem();
        return reset.map(ignored -> {
            TokenIssuer.IssuedToken token = tokenIssuer.issue(user);
            return new SignedIn(UserView.of(user), token.token(), token.expiresAt().toEpochMilli());
        });
    }

    private Uni<SignedIn> fail(User user) {
        if (user == null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.UNAUTHORIZED, CommonMessage.WRONG_CREDENTIALS));
        }
        return users.recordFailedLogin(user.id).flatMap(counted -> {
            if (counted != null && counted.failedLogins >= config.maxFailedLogins()) {
                Instant until = clock.instant().plus(config.lockDuration());
                LOG.warnf("User %s locked until %s after %d failed sign-ins", user.id, until, counted.failedLogins);
                return users.lock(user.id, until).map(locked -> {
                    throw locked(until);
                });
            }
            throw new ApiException(ErrorCode.UNAUTHORIZED, CommonMessage.WRONG_CREDENTIALS);
        });
    }

    private boolean isLocked(User user) {
        return user.lockedUntil != null && user.lockedUntil.isAfter(clock.instant());
    }

    private static ApiException locked(Instant until) {
        return ApiException.withData(ErrorCode.LOCKED, CommonMessage.LOCKED, new Locked(until.toEpochMilli()));
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
