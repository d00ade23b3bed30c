package com.jkcloud.monitor.app.api;

import com.jkcloud.monitor.app.AppRelease;

/** {@code GET /api/v1/version}: {@code latest} is null while nothing is published for the platform. */
public record VersionCheck(boolean updateAvailable, boolean force, Latest latest) {

    public record Latest(String versionName, int versionCode, String url, String notes) {
        public static Latest of(AppRelease release) {
            return new Latest(release.versionName, release.versionCode, release.url, release.notes);
        }
    }
}
