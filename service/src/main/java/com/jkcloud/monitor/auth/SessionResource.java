package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.audit.AuditAction;
import com.jkcloud.monitor.audit.AuditOrigin;
import com.jkcloud.monitor.audit.AuditOrigins;
import com.jkcloud.monitor.audit.AuditService;
import com.jkcloud.monitor.auth.api.SessionView;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** The caller's signed-in sessions; revoking one refuses its token at once, on every replica. */
@Path("/api/v1/me/sessions")
@Tag(name = "Users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionRepository sessions;
    private final AuditService audit;
    private final AuditOrigins origins;
    private final CallerIdentity caller;
    private final JsonWebToken token;

    public SessionResource(SessionRepository sessions, AuditService audit, AuditOrigins origins, CallerIdentity caller,
                           JsonWebToken token) {
        this.sessions = sessions;
        this.audit = audit;
        this.origins = origins;
        this.caller = caller;
        this.token = token;
    }

    @GET
    public Uni<ApiResponse<List<SessionView>>> list() {
        String current = currentSessionId();
        return sessions.listByUser(caller.userId()).map(found -> ApiResponse.of(found.stream()
                .map(session -> new SessionView(session.id.toHexString(), session.createdAt.toEpochMilli(),
                        session.lastSeenAt.toEpochMilli(), session.ip, session.userAgent,
                        session.id.toHexString().equals(current)))
                .toList()));
    }

    @DELETE
    @Path("/{id}")
    public Uni<ApiResponse<Void>> revoke(@PathParam("id") String id, @Context HttpServerRequest request) {
        ObjectId userId = caller.userId();
        AuditOrigin origin = origins.of(request);
        if (!ObjectId.isValid(id)) {
            return Uni.createFrom().failure(ApiException.notFound());
        }
        return sessions.revoke(userId, new ObjectId(id)).flatMap(revoked -> {
            if (!revoked) {
                throw ApiException.notFound();
            }
            return audit.record(AuditAction.SESSION_REVOKED, userId, origin, Map.of("sessions", "1"));
        }).map(done -> ApiResponse.empty());
    }

    /** Revokes every session but the caller's own. */
    @DELETE
    public Uni<ApiResponse<Void>> revokeOthers(@Context HttpServerRequest request) {
        ObjectId userId = caller.userId();
        AuditOrigin origin = origins.of(request);
        String current = currentSessionId();
        ObjectId kept = current != null && ObjectId.isValid(current) ? new ObjectId(current) : new ObjectId();
        return sessions.revokeAllBut(userId, kept)
                .call(count -> count == 0 ? Uni.createFrom().voidItem()
                        : audit.record(AuditAction.SESSION_REVOKED, userId, origin, Map.of("sessions", count.toString())))
                .map(done -> ApiResponse.empty());
    }

    private String currentSessionId() {
        Object claim = token.getClaim(TokenIssuer.SESSION_CLAIM);
        return claim == null ? null : claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
    }
}
