package com.jkcloud.monitor.market;

import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Scrapes the coin price page with jsoup. Blocking I/O: called from the scheduler's worker thread only. */
@ApplicationScoped
public class PriceScraper {

    public record ScrapedPrice(BigDecimal eth, BigDecimal usdt) {
    }

    private final MarketConfig config;

    public PriceScraper(MarketConfig config) {
        this.config = config;
    }

    public ScrapedPrice scrape() throws PriceScrapeFailed {
        Document page = fetch();
        return new ScrapedPrice(number(page, config.ethSelector()), number(page, config.usdtSelector()));
    }

    private Document fetch() throws PriceScrapeFailed {
        try {
            return Jsoup.connect(config.priceUrl())
                    .timeout((int) config.fetchTimeout().toMillis())
                    .userAgent("Mozilla/5.0 (JK Cloud Monitor)")
                    .get();
        } catch (HttpStatusException status) {
            throw new PriceScrapeFailed("the price page answered HTTP " + status.getStatusCode(), status);
        } catch (UnsupportedMimeTypeException notHtml) {
            throw new PriceScrapeFailed("the price page is not HTML but " + notHtml.getMimeType(), notHtml);
        } catch (SocketTimeoutException slow) {
            throw new PriceScrapeFailed("the price page did not answer within " + config.fetchTimeout().toSeconds() + " s", slow);
        } catch (UnknownHostException | ConnectException unreachable) {
            throw new PriceScrapeFailed("the price page is unreachable (" + PriceScrapeFailed.describe(unreachable) + ")", unreachable);
        } catch (IOException | IllegalArgumentException failed) {
            throw new PriceScrapeFailed("the price page could not be read (" + PriceScrapeFailed.describe(failed) + ")", failed);
        }
    }

    private static BigDecimal number(Document page, String selector) throws PriceScrapeFailed {
        Element element = page.selectFirst(selector);
        if (element == null) {
            throw new PriceScrapeFailed("the selector '" + selector + "' found nothing on the price page");
        }
        return PriceNumbers.parse(element.text())
                .orElseThrow(() -> new PriceScrapeFailed("the element of '" + selector + "' holds no number"));
    }
}
