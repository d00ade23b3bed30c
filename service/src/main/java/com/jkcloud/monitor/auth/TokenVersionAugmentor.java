package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.security.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;

/**
 * Accepts a JWT only before its expiry by the application's clock, while its user exists, its token version is current (a password change
 * revokes earlier tokens) and its session is still in the store (revoking a session works at once on every replica), and grants roles from the user and {@code monitor.admin-usernames} as they are now.
 */
@ApplicationScoped
public class TokenVersionAugmentor implements SecurityIdentityAugmentor {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final AdminUsernames adminUsernames;
    private final Clock clock;

    public TokenVersionAugmentor(UserRepository users, SessionRepository sessions, AdminUsernames adminUsernames,
                                 Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.adminUsernames = adminUsernames;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String subject = token.getSubject();
        if (subject == null || !ObjectId.isValid(subject)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token without a valid subject"));
        }
        if (token.getExpirationTime() * 1000 <= clock.millis()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token expired"));
        }
        Integer tokenVersion = tokenVersion(token.getClaim(TokenIssuer.TOKEN_VERSION_CLAIM));
        ObjectId sessionId = sessionId(token.getClaim(TokenIssuer.SESSION_CLAIM));
        return users.findById(new ObjectId(subject)).flatMap(user -> {
            if (user == null || tokenVersion == null || tokenVersion != user.tokenVersion || sessionId == null) {
                throw new AuthenticationFailedException("token revoked");
            }
            return sessions.findById(sessionId).flatMap(session -> {
                if (session == null || !user.id.equals(session.userId)) {
                    throw new AuthenticationFailedException("token revoked");
                }
                Instant now = clock.instant();
                boolean stale = session.lastSeenAt == null
                        || session.lastSeenAt.isBefore(now.minus(SessionRepository.LAST_SEEN_GRANULARITY));
                return stale ? sessions.touch(sessionId, now).replaceWith(user) : Uni.createFrom().item(user);
            });
        }).map(user -> {
            // Roles come from the configuration as it is now, whatever the token was issued with.
            QuarkusSecurityIdentity.Builder current = QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addRole(Roles.USER);
            if (adminUsernames.isAdmin(user.username)) {
                current.addRole(Roles.ADMIN);
            }
            return (SecurityIdentity) current.build();
        });
    }

    private static ObjectId sessionId(Object claim) {
        String text = claim instanceof jakarta.json.JsonString json ? json.getString()
                : claim instanceof String plain ? plain : null;
        return text != null && ObjectId.isValid(text) ? new ObjectId(text) : null;
    }

    private static Integer tokenVersion(Object claim) {
        if (claim instanceof JsonNumber number) {
            return number.intValue();
        }
        if (claim instanceof Number number) {
            return number.intValue();
        }
        return null;
    }
}
