package com.jkcloud.monitor.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the audited actions of other capabilities (binding, withdrawing, channels, admin changes) from their
 * successful answers, matched by method and path, before the answer leaves; they need no code of their own for it.
 */
public class AuditedCalls {

    private static final Logger LOG = Logger.getLogger(AuditedCalls.class);

    /** {@code path}'s first group, when it has one, goes into the details as {@code detail}. */
    private record Row(String method, Pattern path, AuditAction action, String detail) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("POST", Pattern.compile("/api/v1/accounts/?"), AuditAction.ACCOUNT_BOUND, null),
            new Row("DELETE", Pattern.compile("/api/v1/accounts/([^/]+)/?"), AuditAction.ACCOUNT_UNBOUND, "accountId"),
            new Row("POST", Pattern.compile("/api/v1/withdrawals/?"), AuditAction.WITHDRAWAL, null),
            new Row("PUT", Pattern.compile("/api/v1/withdrawals/(auto)/?"), AuditAction.WITHDRAWAL, "setting"),
            new Row("POST", Pattern.compile("/api/v1/notification-channels/?"), AuditAction.CHANNEL_ADDED, null),
            new Row("DELETE", Pattern.compile("/api/v1/notification-channels/([^/]+)/?"), AuditAction.CHANNEL_REMOVED, "channelId"),
            new Row("POST", Pattern.compile("/api/v1/admin/(.+)"), AuditAction.ADMIN_CHANGE, "target"),
            new Row("PUT", Pattern.compile("/api/v1/admin/(.+)"), AuditAction.ADMIN_CHANGE, "target"),
            new Row("PATCH", Pattern.compile("/api/v1/admin/(.+)"), AuditAction.ADMIN_CHANGE, "target"),
            new Row("DELETE", Pattern.compile("/api/v1/admin/(.+)"), AuditAction.ADMIN_CHANGE, "target"));

    private final AuditService audit;
    private final AuditOrigins origins;
    private final CurrentIdentityAssociation identities;

    public AuditedCalls(AuditService audit, AuditOrigins origins, CurrentIdentityAssociation identities) {
        this.audit = audit;
        this.origins = origins;
        this.identities = identities;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            return Uni.createFrom().voidItem();
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        Optional<Map.Entry<Row, Matcher>> matched = ROWS.stream()
                .filter(row -> row.method().equalsIgnoreCase(method))
                .map(row -> Map.entry(row, row.path().matcher(path)))
                .filter(entry -> entry.getValue().matches())
                .findFirst();
        if (matched.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Row row = matched.get().getKey();
        Map<String, String> details = new HashMap<>();
        if (row.detail() != null && matched.get().getValue().groupCount() > 0) {
            details.put(row.detail(), matched.get().getValue().group(1));
        }
        if (row.action() == AuditAction.ADMIN_CHANGE) {
            details.put("method", method);
        }
        AuditOrigin origin = origins.of(http);
        return identities.getDeferredIdentity().flatMap(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    || token.getSubject() == null || !ObjectId.isValid(token.getSubject())) {
                return Uni.createFrom().voidItem();
            }
            return audit.record(row.action(), new ObjectId(token.getSubject()), origin, details);
        }).onFailure().recoverWithItem(failure -> {
            // the action itself is done and must be answered as such
            LOG.warnf("Audit entry %s not recorded: %s", row.action(), failure.getClass().getSimpleName());
            return null;
        });
    }
}
