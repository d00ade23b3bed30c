package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.DiscoveryPage;
import com.jkcloud.monitor.app.api.PageItem;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The discovery and mine pages with per-user badges. Pages are read from the store at most once per
 * {@code quarkus.cache.caffeine."app-pages".expire-after-write} per instance (dropped at once on the instance where an
 * admin changes them), so serving them costs no store round trip for anonymous callers and one lookup by id for
 * signed-in ones.
 */
@Startup
@ApplicationScoped
public class PageService {

    private final PageConfigRepository configs;
    private final UsedActionsRepository usedActions;
    private final PageCodec codec;
    private static final String BOTH_PAGES = "pages";

    private final Clock clock;
    private final Cache pagesCache;
    private final DiscoveryPage defaultDiscovery;
    private final List<List<PageItem>> defaultMine;

    public PageService(PageConfigRepository configs, UsedActionsRepository usedActions, PageCodec codec, Clock clock,
                       @CacheName("app-pages") Cache pagesCache) {
        this.configs = configs;
        this.usedActions = usedActions;
        this.codec = codec;
        this.clock = clock;
        this.pagesCache = pagesCache;
        this.defaultDiscovery = codec.defaultDiscovery();
        this.defaultMine = codec.defaultMine();
        PageValidator.check(defaultDiscovery);
        PageValidator.check(defaultMine);
    }

    public Uni<DiscoveryPage> discovery(Optional<ObjectId> user) {
        return personalised(user).map(Pages::discovery);
    }

    public Uni<List<List<PageItem>>> mine(Optional<ObjectId> user) {
        return personalised(user).map(Pages::mine);
    }

    public Uni<Void> recordUse(ObjectId userId, String actionUid) {
        return current().flatMap(pages -> {
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
        Uni<Pages> pages = current();
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
        return configs.replace(config).call(pagesCache::invalidateAll);
    }

    private Uni<Pages> current() {
        return pagesCache.getAsync(BOTH_PAGES, key -> loadFromStore());
    }

    private Uni<Pages> loadFromStore() {
        Uni<DiscoveryPage> discovery = configs.findById(PageConfig.DISCOVERY)
                .map(stored -> stored == null ? defaultDiscovery : codec.discovery(stored.content));
        Uni<List<List<PageItem>>> mine = configs.findById(PageConfig.MINE)
                .map(stored -> stored == null ? defaultMine : codec.mine(stored.content));
        return Uni.combine().all().unis(discovery, mine).with(Pages::new);
    }
}
