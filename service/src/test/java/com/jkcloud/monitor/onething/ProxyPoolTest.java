package com.jkcloud.monitor.onething;

import com.jkcloud.monitor.onething.proxy.ProxyPolicy;
import com.jkcloud.monitor.onething.proxy.ProxyPool;
import com.jkcloud.monitor.onething.proxy.UpstreamProxy;
import com.jkcloud.monitor.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyPoolTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void readsThousandsOfProxiesFromAFileAndSpreadsAccountsStably(@TempDir Path directory) throws Exception {
        List<String> lines = new ArrayList<>(List.of("# pool", ""));
        for (int index = 0; index < 3000; index++) {
            lines.add(index % 2 == 0 ? "10.0." + index / 256 + "." + index % 256 + ":3128"
                    : "http://user" + index + ":p%40ss@10.1." + index / 256 + "." + index % 256 + ":8080");
        }
        Path file = Files.write(directory.resolve("proxies.txt"), lines);
        ProxyPool pool = new ProxyPool(Optional.of(List.of("192.168.0.1:3128")), Optional.of(file.toString()), policy(), clock);
        ProxyPool again = new ProxyPool(Optional.of(List.of("192.168.0.1:3128")), Optional.of(file.toString()), policy(), clock);

        assertEquals(3001, pool.size());
        Set<UpstreamProxy> used = new HashSet<>();
        for (int account = 0; account < 2000; account++) {
            UpstreamProxy proxy = pool.proxyFor("account-" + account).orElseThrow();
            assertEquals(proxy, again.proxyFor("account-" + account).orElseThrow(), "same proxy after a restart");
            used.add(proxy);
        }
        assertTrue(used.size() > 1000, "accounts spread over the pool: " + used.size());
        UpstreamProxy withCredentials = UpstreamProxy.parse("http://user1:p%40ss@10.1.0.1:8080");
        assertEquals("p@ss", withCredentials.password());
        assertFalse(withCredentials.toString().contains("p@ss"), "credentials never reach logs");
        assertNull(UpstreamProxy.parse("  # comment"));
    }

    @Test
    void benchesARepeatedlyFailingProxyWithGrowingBackoff() {
        List<UpstreamProxy> proxies = List.of(UpstreamProxy.parse("10.0.0.1:1"), UpstreamProxy.parse("10.0.0.2:1"),
                UpstreamProxy.parse("10.0.0.3:1"));
        ProxyPool pool = new ProxyPool(proxies, policy(), clock);
        Map<String, UpstreamProxy> before = new HashMap<>();
        for (int account = 0; account < 30; account++) {
            before.put("a" + account, pool.proxyFor("a" + account).orElseThrow());
        }
        UpstreamProxy failing = before.get("a0");

        pool.failed(failing);
        pool.failed(failing);
        assertTrue(pool.usable(failing), "two failures are not enough");
        pool.failed(failing);
        assertFalse(pool.usable(failing));
        before.forEach((account, proxy) -> {
            UpstreamProxy now = pool.proxyFor(account).orElseThrow();
            if (proxy.equals(failing)) {
                assertNotEquals(failing, now);
            } else {
                assertEquals(proxy, now);
            }
        });

        clock.advance(Duration.ofMinutes(1));
        assertTrue(pool.usable(failing), "first bench: one minute");
        pool.failed(failing);
        pool.failed(failing);
        pool.failed(failing);
        clock.advance(Duration.ofSeconds(90));
        assertFalse(pool.usable(failing), "second bench in a row: two minutes");
        clock.advance(Duration.ofSeconds(31));
        pool.succeeded(failing);
        assertEquals(failing, pool.proxyFor("a0").orElseThrow());

        proxies.forEach(proxy -> {
            pool.failed(proxy);
            pool.failed(proxy);
            pool.failed(proxy);
        });
        assertTrue(pool.proxyFor("a0").isEmpty(), "every proxy benched: no route");
    }

    private static ProxyPolicy policy() {
        return new ProxyPolicy() {
            @Override
            public int failuresBeforeBench() {
                return 3;
            }

            @Override
            public Duration benchFor() {
                return Duration.ofMinutes(1);
            }

            @Override
            public Duration maxBench() {
                return Duration.ofMinutes(30);
            }
        };
    }
}
