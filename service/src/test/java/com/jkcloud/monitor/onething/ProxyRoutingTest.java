package com.jkcloud.monitor.onething;

import com.jkcloud.monitor.onething.client.OneThingAccountClient;
import com.jkcloud.monitor.onething.client.TransientRetry;
import com.jkcloud.monitor.onething.client.OneThingControlClient;
import com.jkcloud.monitor.onething.client.UpstreamExchange;
import com.jkcloud.monitor.onething.client.UpstreamHostGuards;
import com.jkcloud.monitor.onething.client.UpstreamRoutes;
import com.jkcloud.monitor.onething.proxy.ProxyPolicy;
import com.jkcloud.monitor.onething.proxy.ProxyPool;
import com.jkcloud.monitor.onething.proxy.UpstreamProxy;
import com.jkcloud.monitor.onething.session.OneThingSessions;
import com.jkcloud.monitor.simulator.OneThingSimulator;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingSimulatorResource;
import com.jkcloud.monitor.support.TestHttpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway routed through a pool of real in-process HTTP proxies (one of them demanding credentials):
 * the application's own beans, wired to a pool built here instead of from configuration.
 */
@QuarkusTest
class ProxyRoutingTest {

    private static final String PASSWORD = "proxied-pass-1";

    @Inject
    UpstreamHostGuards hostGuards;
    @Inject
    TransientRetry transientRetry;
    @Inject
    UpstreamCallMetrics metrics;
    @Inject
    @RestClient
    OneThingAccountClient accountClient;
    @Inject
    @RestClient
    OneThingControlClient controlClient;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private final OneThingSimulator simulator = OneThingSimulatorResource.simulator();
    private final MutableClock clock = new MutableClock();
    private final List<TestHttpProxy> proxies = new ArrayList<>();
    private final Map<UpstreamProxy, TestHttpProxy> byAddress = new HashMap<>();
    private ProxyPool pool;
    private SessionedOneThingGateway gateway;

    @BeforeEach
    void startProxies() throws Exception {
        proxies.add(TestHttpProxy.start());
        proxies.add(TestHttpProxy.start());
        proxies.add(TestHttpProxy.startWithCredentials("proxy-user", "proxy-pass"));
        List<UpstreamProxy> configured = List.of(
                UpstreamProxy.parse("127.0.0.1:" + proxies.get(0).port()),
                UpstreamProxy.parse("http://127.0.0.1:" + proxies.get(1).port()),
                UpstreamProxy.parse("http://proxy-user:proxy-pass@127.0.0.1:" + proxies.get(2).port()));
        for (int index = 0; index < configured.size(); index++) {
            byAddress.put(configured.get(index), proxies.get(index));
        }
        pool = new ProxyPool(configured, policy(), clock);
        UpstreamRoutes routes = new UpstreamRoutes(pool, accountClient, controlClient,
                URI.create(simulator.accountUrl()), URI.create(simulator.controlUrl()), 2000, 5000);
        gateway = new SessionedOneThingGateway(new UpstreamExchange(hostGuards, transientRetry, routes, metrics), routes, new OneThingSessions());
    }

    @AfterEach
    void stopProxies() throws Exception {
        for (TestHttpProxy proxy : proxies) {
            proxy.close();
        }
        circuitBreakers.resetAll();
    }

    @Test
    void eachAccountSticksToOneProxyAndCallsReallyGoThroughIt() {
        List<SimulatedAccount> accounts = accounts(9);
        long directBefore = simulator.requestCount();
        for (SimulatedAccount account : accounts) {
            ok(gateway.devices(credentials(account)));
            ok(gateway.devices(credentials(account)));
        }

        int forwarded = proxies.stream().mapToInt(TestHttpProxy::forwarded).sum();
        assertEquals(simulator.requestCount() - directBefore, forwarded, "every request went through a proxy");
        for (SimulatedAccount account : accounts) {
            TestHttpProxy expected = byAddress.get(pool.proxyFor(account.username()).orElseThrow());
            for (TestHttpProxy proxy : proxies) {
                boolean seen = proxy.accountsSeen().contains(account.username())
                        || proxy.accountsSeen().contains("userid:" + account.userId());
                assertEquals(proxy == expected, seen, account.username() + " only on its own proxy");
            }
        }
        assertTrue(proxies.stream().filter(proxy -> proxy.forwarded() > 0).count() >= 2, "accounts spread over proxies");
        assertTrue(proxies.get(2).forwarded() > 0, "the proxy with credentials is used too");
    }

    @Test
    void aFailingProxyIsBenchedAndItsAccountsMoveUntilItComesBack() throws Exception {
        List<SimulatedAccount> accounts = accounts(9);
        SimulatedAccount moving = accounts.get(0);
        UpstreamProxy original = pool.proxyFor(moving.username()).orElseThrow();
        Map<String, UpstreamProxy> othersBefore = new HashMap<>();
        accounts.forEach(account -> othersBefore.put(account.username(), pool.proxyFor(account.username()).orElseThrow()));
        byAddress.get(original).stop();

        assertEquals(FailureKind.UNAVAILABLE, failed(gateway.devices(credentials(moving))).kind());
        assertEquals(FailureKind.UNAVAILABLE, failed(gateway.devices(credentials(moving))).kind());
        assertFalse(pool.usable(original), "benched after two failures in a row");

        assertEquals(1, ok(gateway.devices(credentials(moving))).size());
        UpstreamProxy replacement = pool.proxyFor(moving.username()).orElseThrow();
        assertNotEquals(original, replacement);
        assertTrue(byAddress.get(replacement).accountsSeen().contains("userid:" + moving.userId())
                || byAddress.get(replacement).accountsSeen().contains(moving.username()));
        for (SimulatedAccount account : accounts) {
            if (!othersBefore.get(account.username()).equals(original)) {
                assertEquals(othersBefore.get(account.username()), pool.proxyFor(account.username()).orElseThrow(),
                        "accounts of healthy proxies stay where they are");
            }
        }

        clock.advance(Duration.ofMinutes(11));
        assertEquals(original, pool.proxyFor(moving.username()).orElseThrow(), "back once the bench is over");
    }

    private List<SimulatedAccount> accounts(int count) {
        List<SimulatedAccount> accounts = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            accounts.add(simulator.addAccount(String.format("1770000%04d", index), PASSWORD, 1));
        }
        return accounts;
    }

    private static OneThingCredentials credentials(SimulatedAccount account) {
        return new OneThingCredentials(account.username(), LoginType.PHONE, OneThingPasswords.derivePwd(PASSWORD));
    }

    private static ProxyPolicy policy() {
        return new ProxyPolicy() {
            @Override
            public int failuresBeforeBench() {
                return 2;
            }

            @Override
            public Duration benchFor() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration maxBench() {
                return Duration.ofHours(1);
            }
        };
    }

    private static <T> T ok(io.smallrye.mutiny.Uni<OneThingResult<T>> call) {
        OneThingResult<T> result = call.await().atMost(Duration.ofSeconds(20));
        return ((OneThingResult.Ok<T>) assertInstanceOf(OneThingResult.Ok.class, result, () -> "expected ok, got " + result)).value();
    }

    @SuppressWarnings("unchecked")
    private static <T> OneThingResult.Failed<T> failed(io.smallrye.mutiny.Uni<OneThingResult<T>> call) {
        OneThingResult<T> result = call.await().atMost(Duration.ofSeconds(20));
        return assertInstanceOf(OneThingResult.Failed.class, result, () -> "expected a failure, got " + result);
    }
}
