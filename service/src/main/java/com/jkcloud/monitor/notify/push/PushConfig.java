package com.jkcloud.monitor.notify.push;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * {@code monitor.push.*}: the operator's app push provider and its keys. Each provider's {@code url} is also its
 * REST client's URL ({@code quarkus.rest-client.push-<provider>.url} in application.properties).
 */
@ConfigMapping(prefix = "monitor.push")
public interface PushConfig {

    /** {@code jpush}, {@code mipush} or {@code none}. */
    @WithDefault("none")
    Provider provider();

    JPush jpush();

    MiPush mipush();

    enum Provider { JPUSH, MIPUSH, NONE }

    interface JPush {
        Optional<String> appKey();

        Optional<String> masterSecret();

        String url();
    }

    interface MiPush {
        Optional<String> appSecret();

        Optional<String> packageName();

        String url();
    }
}
