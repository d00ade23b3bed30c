package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.VersionCheck;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/version")
@Tag(name = "Mobile app")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    private final ReleaseService releases;

    public VersionResource(ReleaseService releases) {
        this.releases = releases;
    }

    /** {@code platform} and {@code versionCode} from the query, else from the app's {@code Platform}/{@code AppVersion} headers. */
    @GET
    public Uni<ApiResponse<VersionCheck>> check(@QueryParam("platform") String platformQuery,
                                                @QueryParam("versionCode") String versionCodeQuery,
                                                @HeaderParam("Platform") String platformHeader,
                                                @HeaderParam("AppVersion") String appVersionHeader) {
        Platform platform = Platform.parse(platformQuery != null ? platformQuery : platformHeader, "platform");
        int versionCode = versionCode(versionCodeQuery != null ? versionCodeQuery : appVersionHeader);
        return releases.check(platform, versionCode).map(ApiResponse::of);
    }

    private static int versionCode(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidField("versionCode", CommonMessage.FIELD_REQUIRED);
        }
        try {
            int code = Integer.parseInt(value.strip());
            if (code < 0) {
                throw ApiException.invalidField("versionCode", AppMessage.VERSION_CODE_INVALID);
            }
            return code;
        } catch (NumberFormatException notANumber) {
            throw ApiException.invalidField("versionCode", AppMessage.VERSION_CODE_INVALID);
        }
    }
}
