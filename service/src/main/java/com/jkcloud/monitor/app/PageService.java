package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.DiscoveryPage;
import com.jkcloud.monitor.app.api.PageItem;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The discovery and mine pages with per-user badges. Pages are read from the store at most once per
 * {@code monitor.app.pages-cache-ttl} per instance, so serving them costs no store round trip for
 * anonymous callers and one lookup by id for signed-in ones.
 */
@Startup
@ApplicationScoped
public class PageService {

    private final PageConfigRepository configs;
    private final UsedActionsRepository usedActions;
    private final PageCodec codec;
    private final Clock clock;
    private final Duration cacheTtl;
    private final DiscoveryPage defaultDiscovery;
    private final List<List<PageItem>> defaultMine;
    private final AtomicReference<Uni<Pages>> current = new AtomicReference<>();

    public PageService(PageConfigRepository configs, UsedActionsRepository usedActions, PageCodec codec, Clock clock,
                       @ConfigProperty(name = "monitor.app.pages-cache-ttl", defaultValue = "10s") Duration cacheTtl) {
        this.configs = configs;
        this.usedActions = usedActions;
        this.codec = codec;
        this.clock = clock;
        this.cacheTtl = cacheTtl;
        this.defaultDiscovery = codec.defaultDiscovery();
        this.defaultMine = codec.defaultMine();
        PageValidator.check(defaultDiscovery);
        PageValidator.check(defaultMine);
        current.set(loadFromStore());
    }

    public Uni<DiscoveryPage> discovery(Optional<ObjectId> user) {
        return personalised(user).map(Pages::discovery);
    }

    public Uni<List<List<PageItem>>> mine(Optional<ObjectId> user) {
        return personalised(user).map(Pages::mine);
    }

    public Uni<Void> recordUse(ObjectId userId, String actionUid) {
        return current.get().flatMap(pages -> {
            if (!pages.hasAction(actionUid)) {
                throw new ApiException(ErrorCode.NOT_FOUND, AppMessage.ACTION_NOT_FOUND);
            }
            return usedActions.add(userId, actionUid);
        });
    }

    public Uni<DiscoveryPage> replaceDiscovery(DiscoveryPage page, ObjectId operator) {
        PageValidator.check(page);
        return store(PageConfig.DISCOVERY, codec.discoveryDocument(page), operator).replaceWith(page);
    }

    public Uni<List<List<PageItem>>> replaceMine(List<List<PageItem>> groups, ObjectId operator) {
        PageValidator.check(groups);
        return store(PageConfig.MINE, codec.mineDocument(groups), operator).replaceWith(groups);
    }

    private Uni<Pages> personalised(Optional<ObjectId> user) {
        Uni<Pages> pages = current.get();
        if (user.isEmpty()) {
            return pages;
        }
        return pages.flatMap(configured -> usedActions.of(user.get()).map(configured::withBadgesClearedFor));
    }

    private Uni<Void> store(String page, org.bson.Document content, ObjectId operator) {
        PageConfig config = new PageConfig();
        config.page = page;
        config.content = content;
        config.updatedAt = clock.instant();
        config.updatedBy = operator;
        return configs.replace(config).invoke(() -> current.set(loadFromStore()));
    }

    private Uni<Pages> loadFromStore() {
        Uni<DiscoveryPage> discovery = configs.findById(PageConfig.DISCOVERY)
                .map(stored -> stored == null ? defaultDiscovery : codec.discovery(stored.content));
        Uni<List<List<PageItem>>> mine = configs.findById(PageConfig.MINE)
                .map(stored -> stored == null ? defaultMine : codec.mine(stored.content));
        return Uni.combine().all().unis(discovery, mine).with(Pages::new)
                .memoize().atLeast(cacheTtl);
    }
}
