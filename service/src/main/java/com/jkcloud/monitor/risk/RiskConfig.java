package com.jkcloud.monitor.risk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "monitor.risk")
public interface RiskConfig {

    /** Distinct devices mining from one public IP inside {@link #window()} that make a farm. */
    @WithDefault("5")
    int ipDevices();

    @WithDefault("10m")
    Duration window();

    /** A device whose score reaches this is blacklisted. */
    @WithDefault("80")
    int blacklistScore();

    @WithDefault("7d")
    Duration blacklistTtl();

    /** Distinct devices reporting the same ~10 m spot that make a location cluster. */
    @WithDefault("5")
    int locationDevices();

    /** A screen whose short side has fewer pixels than this is a low-resolution signal. */
    @WithDefault("720")
    int minShortSide();

    /** Heartbeat entries kept per IP; bounds the window document behind a carrier-grade NAT. */
    @WithDefault("1000")
    int maxDevicesPerIp();

    /** An editable low-end model list on disk; the shipped {@code risk/low-end-models.txt} otherwise. */
    Optional<String> lowEndModelsFile();
}
