package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.onething.OneThingGateway;
import com.jkcloud.monitor.onething.OneThingResult;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the coin price and upstream market info fresh on a schedule; requests only read the cache.
 * When a refresh fails the last good values stay, marked stale.
 */
@ApplicationScoped
public class MarketService {

    private static final Logger LOG = Logger.getLogger(MarketService.class);

    private final PriceScraper scraper;
    private final OneThingGateway gateway;
    private final MarketConfig config;
    private final Clock clock;
    private final AtomicReference<MarketSnapshot> current = new AtomicReference<>(MarketSnapshot.empty());

    public MarketService(PriceScraper scraper, OneThingGateway gateway, MarketConfig config, Clock clock) {
        this.scraper = scraper;
        this.gateway = gateway;
        this.config = config;
        this.clock = clock;
    }

    public MarketSnapshot snapshot() {
        return current.get();
    }

    /** The USDT price of one coin, when one is known. */
    public Optional<BigDecimal> usdtPrice() {
        MarketSnapshot snapshot = current.get();
        return snapshot.price() == null ? Optional.empty() : Optional.ofNullable(snapshot.price().usdt());
    }

    @Scheduled(every = "{monitor.market.refresh-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "market-refresh")
    public void refresh() {
        MarketSnapshot before = current.get();
        MarketSnapshot.Price price = before.price();
        boolean failed = false;
        try {
            PriceScraper.ScrapedPrice scraped = scraper.scrape();
            price = new MarketSnapshot.Price(Coins.rounded(scraped.eth()), Coins.rounded(scraped.usdt()),
                    config.priceUrl(), clock.instant());
        } catch (Exception scrapeFailed) {
            failed = true;
            LOG.warnf("Coin price refresh from %s failed: %s", config.priceUrl(), scrapeFailed.getMessage());
        }
        Map<String, Object> info = before.info();
        OneThingResult<Map<String, Object>> upstreamInfo = gateway.marketInfo().await().atMost(config.fetchTimeout().multipliedBy(2));
        if (upstreamInfo instanceof OneThingResult.Ok<Map<String, Object>> ok) {
            info = ok.value();
        } else {
            failed = true;
            LOG.warnf("Upstream market info refresh failed: %s", upstreamInfo);
        }
        current.set(new MarketSnapshot(price, info, failed || price == null));
    }
}
