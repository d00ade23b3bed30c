package com.jkcloud.monitor.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.List;
import java.util.Optional;

/** {@code monitor.admin-usernames}: the usernames with the {@code admin} role. */
@ConfigMapping(prefix = "monitor.admin-usernames")
public interface AdminConfig {

    @WithParentName
    Optional<List<String>> usernames();
}
