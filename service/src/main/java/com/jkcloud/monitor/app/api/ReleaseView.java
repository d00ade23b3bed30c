package com.jkcloud.monitor.app.api;

import com.jkcloud.monitor.app.AppRelease;

import java.util.List;

public record ReleaseView(String id, String platform, String versionName, int versionCode, String url, String notes,
                          int minSupportedCode, List<Integer> forceFromCodes, long publishedAt) {

    public static ReleaseView of(AppRelease release) {
        return new ReleaseView(release.id.toHexString(), release.platform.label(), release.versionName, release.versionCode,
                release.url, release.notes, release.minSupportedCode,
                release.forceFromCodes == null ? List.of() : release.forceFromCodes, release.publishedAt.toEpochMilli());
    }
}
