package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.withdraw.api.AutoWithdrawRuleRequest;
import com.jkcloud.monitor.withdraw.api.AutoWithdrawRuleView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/withdrawals/auto")
@Tag(name = "Withdrawals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AutoWithdrawResource {

    private final AutoWithdrawRuleService rules;
    private final CallerIdentity caller;

    public AutoWithdrawResource(AutoWithdrawRuleService rules, CallerIdentity caller) {
        this.rules = rules;
        this.caller = caller;
    }

    /** The rule with its next slot and the last withdrawal it made (a default, disabled rule before any PUT). */
    @GET
    public Uni<ApiResponse<AutoWithdrawRuleView>> rule() {
        return rules.rule(caller.userId()).map(ApiResponse::of);
    }

    /** Replaces the rule; {@code hour} is China time, {@code dayOfWeek} 1 (Monday) to 7 for WEEKLY. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<AutoWithdrawRuleView>> replace(@Valid @NotNull AutoWithdrawRuleRequest request) {
        return rules.replace(caller.userId(), request).map(ApiResponse::of);
    }
}
