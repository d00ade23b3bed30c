package com.jkcloud.monitor.outbox;

import com.jkcloud.monitor.common.time.ChinaTime;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "monitor.mail")
public interface MailConfig {

    /** Send queued mail on a schedule (off in tests, which send explicitly). */
    @WithDefault("true")
    boolean enabled();

    /** How often the outbox is checked. */
    @WithDefault("10s")
    Duration tick();

    /** How long a replica's claim on a mail being sent holds. */
    @WithDefault("2m")
    Duration lease();

    /** How long one SMTP delivery may take before it counts as failed and is retried later. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** First retry delay after an SMTP failure; doubles per attempt up to {@link #retryMax()}. */
    @WithDefault("30s")
    Duration retryInitial();

    @WithDefault("1h")
    Duration retryMax();

    /** Time zone used to show times in mails. */
    @WithDefault(ChinaTime.ZONE_ID)
    String timeZone();
}
