package com.jkcloud.monitor.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/** Bcrypt on a worker thread: hashing takes tens of milliseconds, far too long for an event loop. */
@ApplicationScoped
// Built at start-up: the decoy hash costs a bcrypt, which must not run on the event loop of a first request.
@Startup
public class PasswordHasher {

    private static final int COST = 10;

    /** Checked when the user doesn't exist, so that path takes as long as a real check. */
    private final String decoyHash = BcryptUtil.bcryptHash("decoy-password-for-timing", COST);

    public Uni<String> hash(String plainPassword) {
        return Uni.createFrom().item(() -> BcryptUtil.bcryptHash(plainPassword, COST))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** False for a null hash (no such user), after spending the same time as a real check. */
    public Uni<Boolean> matches(String plainPassword, String storedHash) {
        return Uni.createFrom().item(() -> safeMatches(plainPassword, storedHash == null ? decoyHash : storedHash)
                        && storedHash != null)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static boolean safeMatches(String plainPassword, String hash) {
        try {
            return BcryptUtil.matches(plainPassword, hash);
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }
}
