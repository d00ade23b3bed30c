package com.jkcloud.monitor.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.List;

/** {@code monitor.trusted-proxies}: the networks whose {@code X-Forwarded-For} is believed. */
@ConfigMapping(prefix = "monitor.trusted-proxies")
public interface TrustedProxiesConfig {

    @WithParentName
    List<String> networks();
}
