package com.jkcloud.monitor.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code monitor.income.*}: how long the daily income history is kept. */
@ConfigMapping(prefix = "monitor.income")
public interface IncomeConfig {

    /** Days of daily incomes kept; never fewer than 400, whatever is configured. */
    @WithDefault("400")
    int retentionDays();
}
