package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.security.Roles;
import com.jkcloud.monitor.audit.AuditOrigin;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Issues the RS256 JWTs clients send back as {@code Authorization: Bearer} or {@code Token}. */
@ApplicationScoped
public class TokenIssuer {

    public static final String TOKEN_VERSION_CLAIM = "tv";
    /** The token's session ({@link Session}); never logged. */
    public static final String SESSION_CLAIM = "sid";

    private final AuthConfig config;
    private final AdminUsernames adminUsernames;
    private final SessionRepository sessions;
    private final Clock clock;

    public TokenIssuer(AuthConfig config, AdminUsernames adminUsernames, SessionRepository sessions, Clock clock) {
        this.config = config;
        this.adminUsernames = adminUsernames;
        this.sessions = sessions;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    /** Opens a session for {@code user} from {@code origin} and signs a token naming it. */
    public Uni<IssuedToken> issue(User user, AuditOrigin origin) {
        Instant now = clock.instant();
        Session session = new Session();
        session.id = new ObjectId();
        session.userId = user.id;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.ip = origin.ip();
        session.userAgent = origin.userAgent();
        session.expiresAt = now.plus(config.tokenTtl());
        return sessions.persist(session).map(opened -> sign(user, opened));
    }

    private IssuedToken sign(User user, Session session) {
        Instant now = session.createdAt;
        Instant expiresAt = session.expiresAt;
        Set<String> roles = new HashSet<>(Set.of(Roles.USER));
        if (adminUsernames.isAdmin(user.username)) {
            roles.add(Roles.ADMIN);
        }
        String token = Jwt.issuer(config.issuer())
                .subject(user.id.toHexString())
                .upn(user.username)
                .groups(roles)
                .claim(TOKEN_VERSION_CLAIM, user.tokenVersion)
                .claim(SESSION_CLAIM, session.id.toHexString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, expiresAt);
    }
}
