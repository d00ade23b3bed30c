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

    /**
     * true: every answered write is in the data file before its answer (a crash loses nothing).
     * false: the file is written about once a second in the background (faster; a crash loses that second).
     */
    @WithDefault("true")
    boolean durableWrites();

    /**
     * Megabytes of the store's page cache on the heap. The embedded store answers a query it has no unique index for by
     * reading the whole collection: with the collection in the cache that reads objects instead of deserialising pages.
     */
    @WithDefault("96")
    int cacheMb();
}
