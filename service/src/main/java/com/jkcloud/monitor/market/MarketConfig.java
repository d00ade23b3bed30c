package com.jkcloud.monitor.market;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "monitor.market")
public interface MarketConfig {

    /** Page scraped for the coin price. */
    @WithDefault("https://www.onethingcoin.example/price")
    String priceUrl();

    /** CSS selector of the element holding the price in ETH. */
    @WithDefault("#eth-price")
    String ethSelector();

    /** CSS selector of the element holding the price in USDT. */
    @WithDefault("#usdt-price")
    String usdtSelector();

    /** How often the price and upstream market info are refreshed (never on a request). */
    @WithDefault("10m")
    Duration refreshEvery();

    @WithDefault("10s")
    Duration fetchTimeout();
}
