package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Issues the RS256 JWTs clients send back as {@code Authorization: Bearer} or {@code Token}. */
@ApplicationScoped
public class TokenIssuer {

    public static final String TOKEN_VERSION_CLAIM = "tv";

    private final AuthConfig config;
    private final AdminUsernames adminUsernames;
    private final Clock clock;

    public TokenIssuer(AuthConfig config, AdminUsernames adminUsernames, Clock clock) {
        this.config = config;
        this.adminUsernames = adminUsernames;
        this.clock = clock;
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    public IssuedToken issue(User user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.tokenTtl());
        Set<String> roles = new HashSet<>(Set.of(Roles.USER));
        if (adminUsernames.isAdmin(user.username)) {
            roles.add(Roles.ADMIN);
        }
        String token = Jwt.issuer(config.issuer())
                .subject(user.id.toHexString())
                .upn(user.username)
                .groups(roles)
                .claim(TOKEN_VERSION_CLAIM, user.tokenVersion)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, expiresAt);
    }
}
