package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.onething.FailureKind;
import com.jkcloud.monitor.onething.OneThingGateway;
import com.jkcloud.monitor.onething.OneThingResult;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the coin price and upstream market info fresh on a schedule; requests only read the cache.
 * When a refresh fails the last good values stay, marked stale; the reason is logged once, not every refresh.
 */
@ApplicationScoped
public class MarketService {

    private static final Logger LOG = Logger.getLogger(MarketService.class);
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(30);

    private final PriceScraper scraper;
    private final OneThingGateway gateway;
    private final MarketConfig config;
    private final Clock clock;
    private final ManagedExecutor executor;
    private final PriceHistory history;
    private final PriceAlertService alerts;
    private final AtomicReference<MarketSnapshot> current = new AtomicReference<>(MarketSnapshot.empty());
    private final RefreshProblem priceProblem = new RefreshProblem(LOG, "Coin price refresh");
    private final RefreshProblem infoProblem = new RefreshProblem(LOG, "Upstream market info refresh");

    public MarketService(PriceScraper scraper, OneThingGateway gateway, MarketConfig config, Clock clock,
                         ManagedExecutor executor, PriceHistory history, PriceAlertService alerts) {
        this.executor = executor;
        this.history = history;
        this.alerts = alerts;
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

    /** The last scraped USDT price of each China day from {@code from} on (from the store, so every replica agrees). */
    public Uni<Map<LocalDate, BigDecimal>> dailyUsdtPrices(LocalDate from) {
        return history.dailyUsdt(from);
    }

    /**
     * The first refresh runs once start-up is over (in the demo the price page is the simulator, which starts
     * then), off the start-up thread; the schedule takes over one period later.
     */
    void refreshOnceStarted(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent started) {
        executor.runAsync(this::refresh);
    }

    @Scheduled(every = "{monitor.market.refresh-every}", delayed = "{monitor.market.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "market-refresh")
    public void refresh() {
        MarketSnapshot before = current.get();
        MarketSnapshot.Price price = before.price();
        boolean failed = false;
        try {
            PriceScraper.ScrapedPrice scraped = scraper.scrape();
            price = new MarketSnapshot.Price(Coins.rounded(scraped.eth()), Coins.rounded(scraped.usdt()),
                    config.priceUrl(), clock.instant());
            priceProblem.clear();
            recordAndCheckAlerts(price);
        } catch (PriceScrapeFailed scrapeFailed) {
            failed = true;
            priceProblem.report(scrapeFailed.getMessage());
        } catch (RuntimeException unexpected) {
            failed = true;
            priceProblem.report("the price page could not be read (" + PriceScrapeFailed.describe(unexpected) + ")");
        }
        Map<String, Object> info = before.info();
        OneThingResult<Map<String, Object>> upstreamInfo = upstreamInfo();
        if (upstreamInfo instanceof OneThingResult.Ok<Map<String, Object>> ok) {
            info = ok.value();
            infoProblem.clear();
        } else if (upstreamInfo instanceof OneThingResult.Failed<Map<String, Object>> refused) {
            failed = true;
            infoProblem.report(refused.kind() + (refused.message() == null ? "" : ": " + refused.message()));
        }
        current.set(new MarketSnapshot(price, info, failed || price == null));
    }

    /** Only a successful scrape is kept and checked: a failed one never fires an alert. */
    private void recordAndCheckAlerts(MarketSnapshot.Price price) {
        try {
            history.record(price.fetchedAt(), price.eth(), price.usdt()).await().atMost(STORE_PATIENCE);
            alerts.check(price.eth(), price.usdt(), price.fetchedAt()).await().atMost(STORE_PATIENCE);
        } catch (RuntimeException storeTrouble) {
            LOG.warnf("The scraped price could not be stored or checked against price alerts now: %s", storeTrouble.toString());
        }
    }

    private OneThingResult<Map<String, Object>> upstreamInfo() {
        Duration patience = config.fetchTimeout().multipliedBy(2);
        try {
            return gateway.marketInfo().await().atMost(patience);
        } catch (TimeoutException slow) {
            return new OneThingResult.Failed<>(FailureKind.TIMEOUT, "no answer within " + patience.toSeconds() + " s");
        }
    }
}
