package com.jkcloud.monitor.common.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "monitor.embedded-store")
public interface EmbeddedStoreConfig {

    /** Folder of the embedded store's data file. */
    @WithDefault("./data")
    String path();

    /** Loopback port; 0 picks a free one so two instances on one machine don't collide. */
    @WithDefault("0")
    int port();
}
