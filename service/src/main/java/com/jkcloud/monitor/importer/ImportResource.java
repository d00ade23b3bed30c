package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.importer.api.ImportView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/v1/accounts/imports")
@Tag(name = "OneThing accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService imports;
    private final CallerIdentity caller;

    public ImportResource(ImportService imports, CallerIdentity caller) {
        this.imports = imports;
        this.caller = caller;
    }

    /**
     * {@code text/csv} or {@code text/plain}: one account a line, {@code username,password[,name[,group]]} (a header
     * line is skipped); {@code application/json}: {@code {lines:[{username, password, name?, group?}]}}. One method for
     * all three, so that a malformed Content-Type gets the same answer as on every other endpoint.
     */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Uni<RestResponse<ApiResponse<ImportView>>> start(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        boolean json = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_JSON);
        var lines = json ? ImportLines.ofJson(body) : ImportLines.ofText(body);
        return imports.start(caller.userId(), lines)
                .map(view -> RestResponse.status(Response.Status.ACCEPTED, ApiResponse.of(view)));
    }

    @GET
    @Path("/{id}")
    public Uni<ApiResponse<ImportView>> get(@PathParam("id") String id) {
        return imports.get(caller.userId(), importId(id)).map(ApiResponse::of);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<ImportView> events(@PathParam("id") String id) {
        return imports.events(caller.userId(), importId(id));
    }

    private static ObjectId importId(String id) {
        if (!ObjectId.isValid(id)) {
            throw ApiException.notFound();
        }
        return new ObjectId(id);
    }
}
