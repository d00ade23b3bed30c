package com.jkcloud.monitor.onething;

import com.jkcloud.monitor.simulator.OneThingSimulator;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedDevice;
import com.jkcloud.monitor.support.OneThingSimulatorResource;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every call of the gateway, end to end over HTTP against the simulator, including its failure modes. */
@QuarkusTest
@ResetsSimulatorAndClock
class OneThingGatewayTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "upstream-pass-1";

    @Inject
    OneThingGateway gateway;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;
    @Inject
    MeterRegistry registry;

    private final OneThingSimulator simulator = OneThingSimulatorResource.simulator();

    @AfterEach
    void clearFaults() {
        circuitBreakers.resetAll();
    }

    @Test
    void logsInWithPhoneAndEmailAccounts() {
        SimulatedAccount phone = newAccount(false, 1);
        SimulatedAccount mail = newAccount(true, 1);

        assertTrue(await(gateway.login(credentials(phone))).isOk());
        assertTrue(await(gateway.login(credentials(mail))).isOk());
    }

    @Test
    void listsDevicesWithStatusAndExceptions() {
        SimulatedAccount account = newAccount(false, 3);
        SimulatedDevice offline = account.devices().get(1);
        SimulatedDevice broken = account.devices().get(2);
        simulator.setDeviceOffline(offline.deviceSn());
        simulator.setDeviceException(broken.deviceSn(), "disk_error", "硬盘异常");

        List<UpstreamDevice> devices = ok(gateway.devices(credentials(account)));

        assertEquals(3, devices.size());
        UpstreamDevice first = devices.get(0);
        assertEquals(account.devices().get(0).deviceSn(), first.deviceSn());
        assertEquals(account.devices().get(0).peerId(), first.peerId());
        assertEquals("玩客云-1", first.deviceName());
        assertEquals("online", first.status());
        assertTrue(first.bindTime() != null && first.connectTime() != null);
        assertEquals("offline", devices.get(1).status());
        assertTrue(devices.get(2).inException());
        assertEquals("硬盘异常", devices.get(2).exceptionMessage());
    }

    @Test
    void sumsUsbPartitions() {
        SimulatedAccount account = newAccount(false, 1);
        SimulatedDevice device = account.devices().get(0);

        UsbUsage usage = ok(gateway.usb(credentials(account), device.deviceId()));

        long capacity = device.partitions().stream().mapToLong(SimulatedDevice.Partition::capacityBytes).sum();
        long used = device.partitions().stream().mapToLong(SimulatedDevice.Partition::usedBytes).sum();
        assertEquals(new UsbUsage(capacity, used), usage);
    }

    @Test
    void readsIncomesOfThisAndThePreviousMonth() {
        SimulatedAccount account = newAccount(false, 2);

        IncomeHistory both = ok(gateway.incomes(credentials(account), true));
        IncomeHistory current = ok(gateway.incomes(credentials(account), false));

        assertEquals(0, account.totalIncome().compareTo(both.totalIncome()));
        assertEquals(account.dailyIncomes().stream().map(day -> new DailyIncome(day.date(), day.coins())).toList(), both.days());
        assertTrue(current.days().size() < both.days().size());
        assertEquals(both.days().subList(0, current.days().size()), current.days());
    }

    @Test
    void withdrawsAndReportsTheNewTotal() {
        SimulatedAccount account = newAccount(false, 1);
        OneThingCredentials credentials = credentials(account);
        BigDecimal before = ok(gateway.totalWithdrawn(credentials));
        assertEquals(0, account.totalWithdrawn().compareTo(before));
        BigDecimal amount = new BigDecimal("12.3456");

        String message = ok(gateway.withdraw(credentials, amount, account.devices().get(0).peerId()));

        assertEquals("提现申请成功", message);
        assertEquals(1, account.drawCount());
        assertEquals(0, before.add(amount).compareTo(ok(gateway.totalWithdrawn(credentials))));
    }

    @Test
    void refusedWithdrawalsCarryUpstreamsMessage() {
        SimulatedAccount account = newAccount(false, 1);
        OneThingCredentials credentials = credentials(account);
        String peerId = account.devices().get(0).peerId();

        OneThingResult.Failed<String> tooMuch = failed(gateway.withdraw(credentials, account.withdrawable().add(BigDecimal.ONE), peerId));
        simulator.failWithdrawals(account.username(), "今日提现次数已用完");
        int loginsBefore = account.loginAttempts();
        OneThingResult.Failed<String> refused = failed(gateway.withdraw(credentials, BigDecimal.ONE, peerId));

        assertEquals(FailureKind.UPSTREAM_ERROR, tooMuch.kind());
        assertTrue(tooMuch.message().contains("可提现余额不足"), tooMuch.message());
        assertTrue(refused.message().contains("今日提现次数已用完"), refused.message());
        assertEquals(0, account.drawCount());
        assertEquals(2, account.drawRequests(), "each refusal was sent once: the session was valid, so nothing was retried");
        assertEquals(loginsBefore, account.loginAttempts(), "a business refusal is not taken for an expired session");
    }

    @Test
    void aDrawOnAnExpiredSessionLogsInOnceAndIsSentOnce() {
        SimulatedAccount account = newAccount(false, 1);
        OneThingCredentials credentials = credentials(account);
        ok(gateway.totalWithdrawn(credentials));
        int loginsBefore = account.loginAttempts();
        simulator.expireSessions();

        ok(gateway.withdraw(credentials, BigDecimal.ONE, account.devices().get(0).peerId()));

        assertEquals(1, account.drawCount());
        assertEquals(1, account.drawRequests(), "the request on the dead session never reached the account");
        assertEquals(loginsBefore + 1, account.loginAttempts());
    }

    @Test
    void readsMarketInfoWithoutASession() {
        Map<String, Object> info = ok(gateway.marketInfo());

        assertEquals("玩客币行情仅供参考", info.get("notice"));
        assertTrue(info.containsKey("wkb_price"));
    }

    @Test
    void logsInAgainOnceWhenTheSessionExpired() {
        SimulatedAccount account = newAccount(false, 2);
        OneThingCredentials credentials = credentials(account);
        ok(gateway.devices(credentials));
        ok(gateway.devices(credentials));
        assertEquals(1, account.loginAttempts(), "the session is kept between calls");

        simulator.expireSessions();

        assertEquals(2, ok(gateway.devices(credentials)).size());
        assertEquals(2, account.loginAttempts());
    }

    @Test
    void concurrentCallsOnAnExpiredSessionShareOneLogin() {
        SimulatedAccount account = newAccount(false, 1);
        OneThingCredentials credentials = credentials(account);
        ok(gateway.devices(credentials));
        simulator.expireSessions();
        simulator.setLatency(Duration.ofMillis(100));

        List<OneThingResult<List<UpstreamDevice>>> results = Uni.join().all(
                gateway.devices(credentials), gateway.devices(credentials), gateway.devices(credentials),
                gateway.devices(credentials), gateway.devices(credentials)).andFailFast()
                .await().atMost(Duration.ofSeconds(20));

        assertTrue(results.stream().allMatch(OneThingResult::isOk), results::toString);
        assertEquals(2, account.loginAttempts());
    }

    @Test
    void aWrongPasswordIsAuthFailedAfterExactlyOneLogin() {
        SimulatedAccount account = newAccount(false, 1);
        OneThingCredentials wrong = new OneThingCredentials(account.username(), LoginType.PHONE,
                OneThingPasswords.derivePwd("not-the-password"));

        OneThingResult.Failed<List<UpstreamDevice>> result = failed(gateway.devices(wrong));

        assertEquals(FailureKind.AUTH_FAILED, result.kind());
        assertEquals(1, account.loginAttempts());
        assertTrue(!result.message().contains(wrong.pwd()));
    }

    @Test
    void aPasswordChangedUpstreamIsAuthFailedAfterOneReLogin() {
        SimulatedAccount account = newAccount(false, 1);
        ok(gateway.devices(credentials(account)));
        simulator.expireSessions();
        OneThingCredentials stale = new OneThingCredentials(account.username(), LoginType.PHONE,
                OneThingPasswords.derivePwd("old-password"));

        assertEquals(FailureKind.AUTH_FAILED, failed(gateway.devices(stale)).kind());
        assertEquals(2, account.loginAttempts());
    }

    @Test
    void malformedAnswersAreUpstreamErrors() {
        OneThingCredentials credentials = signedIn(newAccount(false, 1));
        simulator.setMalformedRate(1.0);

        OneThingResult.Failed<List<UpstreamDevice>> result = failed(gateway.devices(credentials));

        assertEquals(FailureKind.UPSTREAM_ERROR, result.kind());
    }

    @Test
    void slowAnswersTimeOut() {
        OneThingCredentials credentials = signedIn(newAccount(false, 1));
        simulator.setLatency(Duration.ofMillis(4000));

        assertEquals(FailureKind.TIMEOUT, failed(gateway.devices(credentials)).kind());
    }

    @Test
    void retriesTransientServerErrors() {
        OneThingCredentials credentials = signedIn(newAccount(false, 2));
        long before = simulator.requestCount();
        simulator.failNextRequests(2, 503);

        assertEquals(2, ok(gateway.devices(credentials)).size());
        assertEquals(3, simulator.requestCount() - before, "two 503s, then the answer");
    }

    @Test
    void persistentServerErrorsAreUpstreamErrors() {
        SimulatedAccount account = newAccount(false, 1);
        OneThingCredentials credentials = signedIn(account);
        simulator.setErrorRate(1.0);

        OneThingResult.Failed<UsbUsage> result = failed(gateway.usb(credentials, account.devices().get(0).deviceId()));

        assertEquals(FailureKind.UPSTREAM_ERROR, result.kind());
        assertTrue(result.message().contains("502"), result.message());
    }

    @Test
    void aBanIsReportedAsBanned() {
        OneThingCredentials credentials = signedIn(newAccount(false, 1));
        simulator.banAfterRequestsPerMinute(1);

        ok(gateway.devices(credentials));
        assertEquals(FailureKind.BANNED, failed(gateway.devices(credentials)).kind());
    }

    @Test
    void countsCallsByHostAndOutcome() {
        SimulatedAccount account = newAccount(false, 1);
        double before = count("control", "ok");

        ok(gateway.devices(credentials(account)));

        assertEquals(before + 1, count("control", "ok"));
    }

    private double count(String host, String outcome) {
        return registry.find("onething.upstream.calls").tag("host", host).tag("outcome", outcome).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private SimulatedAccount newAccount(boolean email, int devices) {
        int sequence = SEQUENCE.incrementAndGet();
        String username = email ? "gateway-" + sequence + "-" + System.nanoTime() + "@example.com"
                : "15" + String.format("%09d", (System.nanoTime() / 1000 + sequence) % 1_000_000_000L);
        return simulator.addAccount(username, PASSWORD, devices);
    }

    /** The account's credentials, after a login that leaves the gateway holding its session. */
    private OneThingCredentials signedIn(SimulatedAccount account) {
        OneThingCredentials credentials = credentials(account);
        ok(gateway.login(credentials));
        return credentials;
    }

    private static OneThingCredentials credentials(SimulatedAccount account) {
        return new OneThingCredentials(account.username(), LoginType.of(account.username()), OneThingPasswords.derivePwd(PASSWORD));
    }

    private static <T> OneThingResult<T> await(Uni<OneThingResult<T>> call) {
        return call.await().atMost(Duration.ofSeconds(20));
    }

    private static <T> T ok(Uni<OneThingResult<T>> call) {
        OneThingResult<T> result = await(call);
        return assertInstanceOf(OneThingResult.Ok.class, result, () -> "expected ok, got " + result).value() == null
                ? null : ((OneThingResult.Ok<T>) result).value();
    }

    @SuppressWarnings("unchecked")
    private static <T> OneThingResult.Failed<T> failed(Uni<OneThingResult<T>> call) {
        OneThingResult<T> result = await(call);
        return assertInstanceOf(OneThingResult.Failed.class, result, () -> "expected a failure, got " + result);
    }
}
