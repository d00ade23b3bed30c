package com.jkcloud.monitor.app;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * The signed-in user on endpoints that also serve anonymous callers. The app may put its JWT in the
 * {@code Token}/{@code Authorization} header or in the body's {@code token}; a missing, invalid or
 * revoked token simply means "anonymous" here.
 */
@ApplicationScoped
public class OptionalCaller {

    private final CurrentIdentityAssociation currentIdentity;
    private final IdentityProviderManager identityProviders;

    public OptionalCaller(CurrentIdentityAssociation currentIdentity, IdentityProviderManager identityProviders) {
        this.currentIdentity = currentIdentity;
        this.identityProviders = identityProviders;
    }

    public Uni<Optional<ObjectId>> userId() {
        return currentIdentity.getDeferredIdentity()
                .map(OptionalCaller::userIdOf)
                .onFailure().recoverWithItem(Optional.empty());
    }

    /** The header's identity first, else the body's token. */
    public Uni<Optional<ObjectId>> userId(String bodyToken) {
        return userId().flatMap(fromHeader -> {
            if (fromHeader.isPresent() || bodyToken == null || bodyToken.isBlank()) {
                return Uni.createFrom().item(fromHeader);
            }
            // Same path as a header token: signature, expiry, then the revocation check of the augmentors.
            return identityProviders.authenticate(new TokenAuthenticationRequest(new JsonWebTokenCredential(bodyToken.strip())))
                    .map(OptionalCaller::userIdOf)
                    .onFailure().recoverWithItem(Optional.empty());
        });
    }

    private static Optional<ObjectId> userIdOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String subject = token.getSubject();
        return subject != null && ObjectId.isValid(subject) ? Optional.of(new ObjectId(subject)) : Optional.empty();
    }
}
