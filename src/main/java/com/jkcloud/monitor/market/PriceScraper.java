package com.jkcloud.monitor.market;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.math.BigDecimal;

/** Scrapes the coin price page with jsoup. Blocking I/O: called from the scheduler's worker thread only. */
@ApplicationScoped
public class PriceScraper {

    public record ScrapedPrice(BigDecimal eth, BigDecimal usdt) {
    }

    private final MarketConfig config;

    public PriceScraper(MarketConfig config) {
        this.config = config;
    }

    public ScrapedPrice scrape() throws IOException {
        Document page = Jsoup.connect(config.priceUrl())
                .timeout((int) config.fetchTimeout().toMillis())
                .userAgent("Mozilla/5.0 (JK Cloud Monitor)")
                .get();
        return new ScrapedPrice(number(page, config.ethSelector()), number(page, config.usdtSelector()));
    }

    private static BigDecimal number(Document page, String selector) throws IOException {
        Element element = page.selectFirst(selector);
        if (element == null) {
            throw new IOException("price element '" + selector + "' not found");
        }
        return PriceNumbers.parse(element.text())
                .orElseThrow(() -> new IOException("no number in price element '" + selector + "'"));
    }
}
