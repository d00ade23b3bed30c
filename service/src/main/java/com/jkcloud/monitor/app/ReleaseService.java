package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.ReleaseRequest;
import com.jkcloud.monitor.app.api.VersionCheck;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.store.DuplicateKeys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/** Releases published by operators and the app's "is there an update, must I take it" question. */
@ApplicationScoped
public class ReleaseService {

    private static final Logger LOG = Logger.getLogger(ReleaseService.class);

    private final AppReleaseRepository releases;
    private final Clock clock;

    public ReleaseService(AppReleaseRepository releases, Clock clock) {
        this.releases = releases;
        this.clock = clock;
    }

    public Uni<AppRelease> publish(ReleaseRequest request, ObjectId operator) {
        Platform platform = Platform.parse(request.platform(), "platform");
        if (request.minSupportedCode() > request.versionCode()) {
            throw ApiException.invalidField("minSupportedCode", AppMessage.MIN_SUPPORTED_ABOVE_VERSION);
        }
        AppRelease release = new AppRelease();
        release.platform = platform;
        release.versionName = request.versionName().strip();
        release.versionCode = request.versionCode();
        release.url = request.url();
        release.notes = request.notes();
        release.minSupportedCode = request.minSupportedCode();
        release.forceFromCodes = request.forceFromCodes() == null ? List.of() : request.forceFromCodes().stream().distinct().toList();
        release.publishedAt = clock.instant();
        release.publishedBy = operator;
        return releases.persist(release)
                .onFailure(DuplicateKeys::isDuplicateKey)
                .transform(duplicate -> new ApiException(ErrorCode.CONFLICT, AppMessage.RELEASE_EXISTS))
                .invoke(published -> LOG.infof("Operator %s published %s %s (%d)", operator, platform.label(),
                        published.versionName, published.versionCode));
    }

    public Uni<List<AppRelease>> all() {
        return releases.all();
    }

    public Uni<VersionCheck> check(Platform platform, int versionCode) {
        return releases.latest(platform).map(latest -> latest == null
                ? new VersionCheck(false, false, null)
                : new VersionCheck(versionCode < latest.versionCode, latest.forces(versionCode), VersionCheck.Latest.of(latest)));
    }
}
