package com.jkcloud.monitor.common.security;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The signed-in caller of the current request: the user id from the verified JWT's subject. */
@RequestScoped
public class CallerIdentity {

    private final SecurityIdentity identity;

    public CallerIdentity(SecurityIdentity identity) {
        this.identity = identity;
    }

    public ObjectId userId() {
        return optionalUserId().orElseThrow(() -> new ApiException(ErrorCode.UNAUTHORIZED));
    }

    public Optional<ObjectId> optionalUserId() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String subject = token.getSubject();
        return subject != null && ObjectId.isValid(subject) ? Optional.of(new ObjectId(subject)) : Optional.empty();
    }
}
