package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.proxy.ProxyPool;
import com.jkcloud.monitor.onething.proxy.UpstreamProxy;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Picks the route of an account's calls. Without proxies that is the injected clients; with them, a pair of
 * clients per proxy, built on first use (so thousands of configured proxies cost nothing until used).
 */
@ApplicationScoped
public class UpstreamRoutes {

    private final ProxyPool pool;
    private final UpstreamRoute direct;
    private final URI accountUrl;
    private final URI controlUrl;
    private final long connectTimeoutMillis;
    private final long readTimeoutMillis;
    private final Map<UpstreamProxy, UpstreamRoute> proxied = new ConcurrentHashMap<>();

    @Inject
    public UpstreamRoutes(ProxyPool pool,
            @RestClient OneThingAccountClient account, @RestClient OneThingControlClient control,
            @ConfigProperty(name = "quarkus.rest-client.onething-account.url") URI accountUrl,
            @ConfigProperty(name = "quarkus.rest-client.onething-control.url") URI controlUrl,
            @ConfigProperty(name = "quarkus.rest-client.onething-account.connect-timeout", defaultValue = "5000") long connectTimeoutMillis,
            @ConfigProperty(name = "quarkus.rest-client.onething-account.read-timeout", defaultValue = "15000") long readTimeoutMillis) {
        this.pool = pool;
        this.direct = new UpstreamRoute(null, account, control);
        this.accountUrl = accountUrl;
        this.controlUrl = controlUrl;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** Empty when proxies are configured but every one of them is benched. */
    public Optional<UpstreamRoute> routeFor(String accountUsername) {
        if (pool.direct()) {
            return Optional.of(direct);
        }
        return pool.proxyFor(accountUsername).map(proxy -> proxied.computeIfAbsent(proxy, this::buildRoute));
    }

    public void succeeded(UpstreamRoute route) {
        if (route.viaProxy()) {
            pool.succeeded(route.proxy());
        }
    }

    public void failed(UpstreamRoute route) {
        if (route.viaProxy()) {
            pool.failed(route.proxy());
        }
    }

    private UpstreamRoute buildRoute(UpstreamProxy proxy) {
        return new UpstreamRoute(proxy, builder(proxy, accountUrl).build(OneThingAccountClient.class),
                builder(proxy, controlUrl).build(OneThingControlClient.class));
    }

    private QuarkusRestClientBuilder builder(UpstreamProxy proxy, URI baseUri) {
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                .proxyAddress(proxy.host(), proxy.port())
                .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, 16);
        if (proxy.authenticated()) {
            builder.proxyUser(proxy.username()).proxyPassword(proxy.password() == null ? "" : proxy.password());
        }
        return builder;
    }

    @PreDestroy
    void closeProxiedClients() {
        proxied.values().forEach(route -> {
            close(route.account());
            close(route.control());
        });
    }

    private static void close(Object client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down: nothing left to do with a client that fails to close
            }
        }
    }
}
