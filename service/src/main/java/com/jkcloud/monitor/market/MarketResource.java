package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.api.ApiResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.market.api.PriceHistoryView;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;

@Path("/api/v1/market")
@Tag(name = "Market", description = "Public: the coin price and upstream market info, served from a cache")
@Produces(MediaType.APPLICATION_JSON)
public class MarketResource {

    public record PriceView(BigDecimal eth, BigDecimal usdt, String source, Long fetchedAt) {
    }

    public record MarketView(PriceView price, Map<String, Object> info, boolean stale) {
    }

    private static final int MAX_HISTORY_DAYS = 365;
    /** A year of 10-minute scrapes is ~52 000 points; a chart needs far fewer. */
    private static final int MAX_POINTS = 2000;

    private final MarketService market;
    private final PriceHistory history;
    private final Clock clock;

    public MarketResource(MarketService market, PriceHistory history, Clock clock) {
        this.market = market;
        this.history = history;
        this.clock = clock;
    }

    /** Scraped prices of the last {@code days} days (1–365), oldest first, thinned evenly to at most 2000 points. */
    @GET
    @Path("/history")
    public Uni<ApiResponse<PriceHistoryView>> history(@QueryParam("days") @DefaultValue("30") String days) {
        int wanted = historyDays(days);
        return history.since(clock.instant().minus(Duration.ofDays(wanted))).map(points -> {
            int step = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
            List<PriceHistoryView.Point> shown = IntStream.range(0, points.size())
                    .filter(index -> index % step == 0 || index == points.size() - 1)
                    .mapToObj(points::get)
                    .map(point -> new PriceHistoryView.Point(point.at.toEpochMilli(), point.eth, point.usdt))
                    .toList();
            return ApiResponse.of(new PriceHistoryView(shown));
        });
    }

    private static int historyDays(String text) {
        try {
            int days = Integer.parseInt(text.trim());
            if (days >= 1 && days <= MAX_HISTORY_DAYS) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw ApiException.invalidField("days", MarketMessage.HISTORY_DAYS);
    }

    @GET
    public Uni<ApiResponse<MarketView>> market() {
        return Uni.createFrom().item(() -> {
            MarketSnapshot snapshot = market.snapshot();
            MarketSnapshot.Price price = snapshot.price();
            PriceView priceView = price == null ? null : new PriceView(price.eth(), price.usdt(), price.source(),
                    price.fetchedAt().toEpochMilli());
            return ApiResponse.of(new MarketView(priceView, snapshot.info(), snapshot.stale()));
        });
    }
}
