package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.DiscoveryPage;
import com.jkcloud.monitor.app.api.PageItem;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Both server-driven pages as configured, before per-user badges. */
record Pages(DiscoveryPage discovery, List<List<PageItem>> mine) {

    boolean hasAction(String actionUid) {
        return allItems().anyMatch(item -> item.hasAction(actionUid));
    }

    Pages map(UnaryOperator<PageItem> change) {
        return new Pages(discovery.map(change), mine.stream().map(group -> group.stream().map(change).toList()).toList());
    }

    /** Items whose actions the user already used show no badge. */
    Pages withBadgesClearedFor(Set<String> usedActions) {
        if (usedActions.isEmpty()) {
            return this;
        }
        return map(item -> item.actions() != null && item.badge() != null && !item.badge().isEmpty()
                && item.actions().stream().anyMatch(action -> usedActions.contains(action.uid()))
                ? item.withBadge("") : item);
    }

    private Stream<PageItem> allItems() {
        return Stream.concat(
                Stream.concat(discovery.header().stream(), discovery.items().stream()),
                Stream.concat(Stream.ofNullable(discovery.footer()), mine.stream().flatMap(List::stream)));
    }
}
