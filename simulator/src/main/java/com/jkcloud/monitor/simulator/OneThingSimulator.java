package com.jkcloud.monitor.simulator;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A faithful fake of OneThing's account and control hosts (and a coin-price page) on one loopback port,
 * on its own Vert.x instance: non-blocking, latency by timers, no Quarkus needed. Paths: {@code /account/...},
 * {@code /control/...}, {@code /market/price}.
 */
public final class OneThingSimulator implements AutoCloseable {

    private static final String ACCOUNT_PREFIX = "/account";
    private static final String CONTROL_PREFIX = "/control";
    private static final String PRICE_PATH = "/market/price";

    private final Vertx vertx;
    private final HttpServer server;
    private final Clock clock;
    private final Map<String, SimulatedAccount> accounts = new ConcurrentHashMap<>();
    private final SimulatorFaults faults = new SimulatorFaults();
    private final SimulatedHosts hosts;
    private final AtomicLong requests = new AtomicLong();

    private OneThingSimulator(int port, Clock clock) {
        this.clock = clock;
        this.hosts = new SimulatedHosts(accounts, faults, clock);
        this.vertx = Vertx.vertx();
        HttpServer created = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port));
        created.requestHandler(this::handle);
        try {
            this.server = created.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception failure) {
            vertx.close();
            throw new IllegalStateException("The OneThing simulator could not listen on port " + port, failure);
        }
    }

    /** Starts on 127.0.0.1; port 0 picks a free one. */
    public static OneThingSimulator start(int port) {
        return start(port, Clock.systemUTC());
    }

    public static OneThingSimulator start(int port, Clock clock) {
        return new OneThingSimulator(port, clock);
    }

    public int port() {
        return server.actualPort();
    }

    public String accountUrl() {
        return baseUrl() + ACCOUNT_PREFIX;
    }

    public String controlUrl() {
        return baseUrl() + CONTROL_PREFIX;
    }

    /** A quote page; the prices are at CSS selectors {@code #eth-price} and {@code #usdt-price}. */
    public String priceUrl() {
        return baseUrl() + PRICE_PATH;
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public SimulatedAccount addAccount(String username, String plainPassword, int deviceCount) {
        SimulatedAccount account = new SimulatedAccount(username, plainPassword, deviceCount, clock);
        accounts.put(username, account);
        return account;
    }

    public SimulatedAccount account(String username) {
        return accounts.get(username);
    }

    public List<SimulatedAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    public void setDeviceOnline(String deviceSn) {
        device(deviceSn).goOnline(clock.instant().getEpochSecond());
    }

    public void setDeviceOffline(String deviceSn) {
        device(deviceSn).goOffline(clock.instant().getEpochSecond());
    }

    public void setDeviceException(String deviceSn, String exceptionName, String exceptionMessage) {
        device(deviceSn).raiseException(exceptionName, exceptionMessage);
    }

    /** Every session id the account host ever issued, expired ones included (tests check none leaks). */
    public Set<String> issuedSessionIds() {
        return hosts.issuedSessionIds();
    }

    public void expireSessions() {
        hosts.expireSessions();
    }

    public void setLatency(Duration latency) {
        faults.latency = latency == null ? Duration.ZERO : latency;
    }

    public void setErrorRate(double probabilityOf5xx) {
        faults.errorRate = probabilityOf5xx;
    }

    public void setMalformedRate(double probability) {
        faults.malformedRate = probability;
    }

    public void failNextRequests(int count, int httpStatus) {
        faults.failingStatus = httpStatus;
        faults.failNext.set(count);
    }

    /** Answers 403 to a client IP past this many requests in a clock minute; 0 = off. */
    public void banAfterRequestsPerMinute(int maxPerMinutePerClientIp) {
        faults.requestsPerMinuteByIp.clear();
        faults.banAfterPerMinute = maxPerMinutePerClientIp;
    }

    /** Refuses this account's draws with {@code upstreamMessage}; null lets them succeed again. */
    public void failWithdrawals(String username, String upstreamMessage) {
        if (upstreamMessage == null) {
            faults.withdrawalFailures.remove(username);
        } else {
            faults.withdrawalFailures.put(username, upstreamMessage);
        }
    }

    public void setPrice(BigDecimal eth, BigDecimal usdt) {
        faults.eth = eth;
        faults.usdt = usdt;
    }

    public void breakPricePage(boolean broken) {
        faults.pricePageBroken = broken;
    }

    /** Clears faults, latency and bans; accounts, sessions and prices stay. */
    public void reset() {
        faults.reset();
    }

    public long requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        } finally {
            vertx.close();
        }
    }

    private SimulatedDevice device(String deviceSn) {
        for (SimulatedAccount account : accounts.values()) {
            for (SimulatedDevice device : account.devices()) {
                if (device.deviceSn().equals(deviceSn)) {
                    return device;
                }
            }
        }
        throw new IllegalArgumentException("No simulated device " + deviceSn);
    }

    // ---- transport ---------------------------------------------------------------------------------------

    private void handle(HttpServerRequest request) {
        requests.incrementAndGet();
        request.body().onComplete(body -> {
            SimulatedReply reply = body.succeeded() ? answer(request, body.result()) : SimulatedReply.html(400, "bad request");
            long delay = faults.latency.toMillis();
            if (delay > 0) {
                vertx.setTimer(delay, ignored -> send(request.response(), reply));
            } else {
                send(request.response(), reply);
            }
        });
    }

    private SimulatedReply answer(HttpServerRequest request, Buffer body) {
        String clientIp = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        if (faults.banned(clientIp, clock.millis() / 60_000)) {
            return SimulatedReply.html(403, "<html><body><h1>403 Forbidden</h1><p>访问过于频繁</p></body></html>");
        }
        int failure = faults.injectedFailure();
        if (failure != 0) {
            return SimulatedReply.html(failure, "<html><body><h1>" + failure + "</h1>nginx</body></html>");
        }
        String path = request.path();
        SimulatedReply reply;
        if (path.equals(PRICE_PATH)) {
            return SimulatedReply.html(200, faults.pricePageBroken ? PricePage.maintenance() : PricePage.render(faults.eth, faults.usdt));
        } else if (path.startsWith(ACCOUNT_PREFIX + "/")) {
            reply = hosts.account(decode(request, body, path.substring(ACCOUNT_PREFIX.length())));
        } else if (path.startsWith(CONTROL_PREFIX + "/")) {
            reply = hosts.control(decode(request, body, path.substring(CONTROL_PREFIX.length())));
        } else {
            return SimulatedReply.html(404, "<html><body>404 Not Found</body></html>");
        }
        if (reply.status() == 200 && faults.malformed()) {
            String text = reply.body();
            return new SimulatedReply(200, reply.contentType(), text.substring(0, Math.max(1, text.length() / 2)), Map.of());
        }
        return reply;
    }

    private static SimulatedRequest decode(HttpServerRequest request, Buffer body, String path) {
        Map<String, List<String>> query = new QueryStringDecoder(request.uri()).parameters();
        String contentType = request.getHeader("Content-Type");
        Map<String, List<String>> form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? new QueryStringDecoder(body.toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false).parameters()
                : Map.of();
        Map<String, String> cookies = new HashMap<>();
        for (String header : request.headers().getAll("Cookie")) {
            for (String part : header.split("[;,]")) {
                int equals = part.indexOf('=');
                String name = equals > 0 ? part.substring(0, equals).trim() : "";
                if (!name.isEmpty() && !name.startsWith("$")) {
                    cookies.put(name, unquote(part.substring(equals + 1).trim()));
                }
            }
        }
        return new SimulatedRequest(request.method().name(), path, query, form, cookies);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static void send(HttpServerResponse response, SimulatedReply reply) {
        response.setStatusCode(reply.status()).putHeader("Content-Type", reply.contentType()).putHeader("Server", "nginx");
        reply.cookies().forEach((name, value) ->
                response.headers().add("Set-Cookie", name + "=" + value + "; Path=/; Domain=.onethingpcs.com"));
        response.end(reply.body());
    }
}
