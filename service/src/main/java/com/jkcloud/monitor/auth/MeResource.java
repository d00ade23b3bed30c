package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.auth.api.Profile;
import com.jkcloud.monitor.auth.api.ProfileChange;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final ProfileService profiles;
    private final CallerIdentity caller;

    public MeResource(ProfileService profiles, CallerIdentity caller) {
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    public Uni<ApiResponse<Profile>> profile() {
        return profiles.profile(caller.userId()).map(ApiResponse::of);
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<Profile>> change(@Valid @NotNull ProfileChange change) {
        return profiles.change(caller.userId(), change).map(ApiResponse::of);
    }
}
