package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.api.ApiResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.Map;

@Path("/api/v1/market")
@Tag(name = "Market", description = "Public: the coin price and upstream market info, served from a cache")
@Produces(MediaType.APPLICATION_JSON)
public class MarketResource {

    public record PriceView(BigDecimal eth, BigDecimal usdt, String source, Long fetchedAt) {
    }

    public record MarketView(PriceView price, Map<String, Object> info, boolean stale) {
    }

    private final MarketService market;

    public MarketResource(MarketService market) {
        this.market = market;
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
