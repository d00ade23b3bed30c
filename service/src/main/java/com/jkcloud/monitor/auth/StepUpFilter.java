package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.audit.AuditOrigins;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Calls that move money, bind accounts or turn 2FA off need, with 2FA on, a current code in {@code X-OTP}
 * (401 {@code TWO_FACTOR_REQUIRED} otherwise). Matched by method and path, so an endpoint added later is
 * covered by its row here alone (pre-matching: it holds even before that endpoint exists).
 */
public class StepUpFilter {

    public static final String HEADER = "X-OTP";
    /** The request property holding the code this filter accepted, so the same request needn't give it twice. */
    public static final String ACCEPTED_CODE = "jk.step-up.accepted-code";

    private record Guarded(String method, Pattern path) {
        boolean matches(String requestMethod, String requestPath) {
            return method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches();
        }
    }

    private static final List<Guarded> GUARDED = List.of(
            new Guarded("POST", Pattern.compile("/api/v1/withdrawals/?")),
            new Guarded("PUT", Pattern.compile("/api/v1/withdrawals/auto/?")),
            new Guarded("POST", Pattern.compile("/api/v1/accounts/?")),
            new Guarded("DELETE", Pattern.compile("/api/v1/me/2fa/?")));

    private final CurrentIdentityAssociation identities;
    private final AuthService authService;
    private final AuditOrigins origins;

    public StepUpFilter(CurrentIdentityAssociation identities, AuthService authService, AuditOrigins origins) {
        this.identities = identities;
        this.authService = authService;
        this.origins = origins;
    }

    static boolean isGuarded(String method, String path) {
        return GUARDED.stream().anyMatch(guarded -> guarded.matches(method, path));
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> requireCode(ContainerRequestContext request, HttpServerRequest http) {
        if (!isGuarded(request.getMethod(), request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().flatMap(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    || token.getSubject() == null || !ObjectId.isValid(token.getSubject())) {
                return Uni.createFrom().nullItem(); // the endpoint itself answers 401
            }
            String code = request.getHeaderString(HEADER);
            return authService.requireSecondFactor(new ObjectId(token.getSubject()), code, origins.of(http))
                    .map(checked -> {
                        if (checked) {
                            request.setProperty(ACCEPTED_CODE, code.strip());
                        }
                        return (Response) null;
                    });
        });
    }
}
