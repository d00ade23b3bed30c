package com.jkcloud.monitor.app.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.function.UnaryOperator;

/** {@code GET /api/v1/discovery}: banners, items and a footer. */
@RegisterForReflection
public record DiscoveryPage(
        @NotNull @Size(max = 50) List<@NotNull @Valid PageItem> header,
        @NotNull @Size(max = 200) List<@NotNull @Valid PageItem> items,
        @Valid PageItem footer) {

    public DiscoveryPage map(UnaryOperator<PageItem> change) {
        return new DiscoveryPage(header.stream().map(change).toList(), items.stream().map(change).toList(),
                footer == null ? null : change.apply(footer));
    }
}
