package com.jkcloud.monitor.onething.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The proxies from {@code monitor.proxies} and {@code monitor.proxies-file}. Each account sticks to one
 * proxy by rendezvous hashing over the usable ones, so benching a proxy moves only its own accounts and they
 * come back when it does. Scoring every proxy per call is a few microseconds even for thousands of them.
 */
@ApplicationScoped
public class ProxyPool {

    private static final Logger LOG = Logger.getLogger(ProxyPool.class);

    private final List<PooledProxy> proxies;
    private final ProxyPolicy policy;
    private final Clock clock;

    @Inject
    public ProxyPool(@ConfigProperty(name = "monitor.proxies") Optional<List<String>> inline,
            @ConfigProperty(name = "monitor.proxies-file") Optional<String> file,
            ProxyPolicy policy, Clock clock) {
        this(load(inline.orElse(List.of()), file.map(Path::of)), policy, clock);
    }

    public ProxyPool(List<UpstreamProxy> proxies, ProxyPolicy policy, Clock clock) {
        this.proxies = proxies.stream().map(PooledProxy::new).toList();
        this.policy = policy;
        this.clock = clock;
        if (!proxies.isEmpty()) {
            LOG.infof("Upstream calls go through a pool of %d proxies", proxies.size());
        }
    }

    /** No proxies configured: calls go straight to upstream. */
    public boolean direct() {
        return proxies.isEmpty();
    }

    public int size() {
        return proxies.size();
    }

    /** The account's proxy among the usable ones; empty when every proxy is benched. */
    public Optional<UpstreamProxy> proxyFor(String accountUsername) {
        Instant now = clock.instant();
        long accountHash = Hashing.fnv1a(accountUsername);
        PooledProxy best = null;
        long bestScore = 0;
        for (PooledProxy candidate : proxies) {
            if (!candidate.health.usableAt(now)) {
                continue;
            }
            long score = Hashing.mix(accountHash ^ candidate.seed);
            if (best == null || Long.compareUnsigned(score, bestScore) > 0) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(PooledProxy::proxy);
    }

    public void succeeded(UpstreamProxy proxy) {
        find(proxy).ifPresent(pooled -> pooled.health.succeeded());
    }

    public void failed(UpstreamProxy proxy) {
        find(proxy).ifPresent(pooled -> {
            Instant until = pooled.health.failed(clock.instant(), policy);
            if (until != null) {
                LOG.warnf("Benched %s until %s after repeated failures; its accounts move to other proxies", proxy, until);
            }
        });
    }

    public boolean usable(UpstreamProxy proxy) {
        return find(proxy).map(pooled -> pooled.health.usableAt(clock.instant())).orElse(false);
    }

    private Optional<PooledProxy> find(UpstreamProxy proxy) {
        for (PooledProxy pooled : proxies) {
            if (pooled.proxy.equals(proxy)) {
                return Optional.of(pooled);
            }
        }
        return Optional.empty();
    }

    static List<UpstreamProxy> load(List<String> inline, Optional<Path> file) {
        Set<UpstreamProxy> proxies = new LinkedHashSet<>();
        inline.stream().map(UpstreamProxy::parse).filter(p -> p != null).forEach(proxies::add);
        file.ifPresent(path -> {
            try {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    UpstreamProxy proxy = UpstreamProxy.parse(line);
                    if (proxy != null) {
                        proxies.add(proxy);
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read monitor.proxies-file " + path, unreadable);
            }
        });
        return new ArrayList<>(proxies);
    }

    private static final class PooledProxy {
        final UpstreamProxy proxy;
        final long seed;
        final ProxyHealth health = new ProxyHealth();

        PooledProxy(UpstreamProxy proxy) {
            this.proxy = proxy;
            this.seed = Hashing.fnv1a(proxy.address() + "|" + proxy.username());
        }

        UpstreamProxy proxy() {
            return proxy;
        }
    }
}
