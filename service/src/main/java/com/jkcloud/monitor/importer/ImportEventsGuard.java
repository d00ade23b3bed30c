package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.bson.types.ObjectId;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event stream's status is sent with its first byte, before the stream's own work runs: so the import is looked
 * up here, and an id that isn't the caller's is a plain 404 envelope instead of a stream cut short.
 */
public class ImportEventsGuard {

    private static final Pattern EVENTS = Pattern.compile("^/api/v1/accounts/imports/([^/]+)/events/?$");

    private final ImportRepository imports;
    private final CurrentIdentityAssociation identities;

    public ImportEventsGuard(ImportRepository imports, CurrentIdentityAssociation identities) {
        this.imports = imports;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> ownImportsOnly(ContainerRequestContext request) {
        Matcher events = EVENTS.matcher(request.getUriInfo().getPath());
        if (!events.matches()) {
            return Uni.createFrom().voidItem();
        }
        String id = events.group(1);
        // the identity is resolved without blocking the event loop (authentication is lazy)
        return identities.getDeferredIdentity().flatMap(identity -> {
            var userId = new CallerIdentity(identity).optionalUserId();
            if (userId.isEmpty()) {
                return Uni.createFrom().voidItem(); // the resource's @Authenticated answers 401
            }
            if (!ObjectId.isValid(id)) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            return imports.findOwned(new ObjectId(id), userId.get()).map(found -> {
                if (found == null) {
                    throw ApiException.notFound();
                }
                return null;
            });
        });
    }
}
