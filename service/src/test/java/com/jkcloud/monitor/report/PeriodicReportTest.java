package com.jkcloud.monitor.report;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.DailyIncomeRepository;
import com.jkcloud.monitor.monitor.AlertEvent;
import com.jkcloud.monitor.monitor.AlertRepository;
import com.jkcloud.monitor.monitor.AlertType;
import com.jkcloud.monitor.simulator.SimulatedIncome;
import com.jkcloud.monitor.outbox.OutboxMail;
import com.jkcloud.monitor.outbox.OutboxRepository;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import com.jkcloud.monitor.withdraw.Withdrawal;
import com.jkcloud.monitor.withdraw.WithdrawalRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A month seeded in the store (incomes, a withdrawal, alerts, a failing account), then the reports of 2026-07-01. */
@QuarkusTest
@ResetsSimulatorAndClock
class PeriodicReportTest {

    /** Wednesday 2026-07-01 11:00 China time. */
    private static final Instant JULY_FIRST = Instant.parse("2026-07-01T03:00:00Z");

    @Inject
    ReportJob reports;

    @Inject
    OutboxRepository outbox;

    @Inject
    DailyIncomeRepository incomes;

    @Inject
    WithdrawalRepository withdrawals;

    @Inject
    AlertRepository alerts;

    @Inject
    AccountRepository accounts;

    @Inject
    MutableClock clock;

    @Test
    void theMonthlyReportHasTheMonthsFiguresAndIsSentOnce() {
        clock.set(JULY_FIRST);
        TestUsers.SignedUp user = TestUsers.newUser();
        ObjectId ownerId = new ObjectId(user.id());
        OneThingFixtures.Bound earning = OneThingFixtures.bind(user.token(), OneThingFixtures.phoneAccount(2), "earning");
        OneThingFixtures.Bound failing = OneThingFixtures.bind(user.token(), OneThingFixtures.phoneAccount(1), "failing");
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("notifications", Map.of("reports", Map.of("monthly", true))))
                .patch("/api/v1/me").then().statusCode(200)
                .body("data.notifications.reports.monthly", equalTo(true)).body("data.notifications.reports.daily", equalTo(false));

        // May: 3 coins for the change; June: what upstream paid (stored at binding), a withdrawal, alerts
        ObjectId earningId = new ObjectId(earning.accountId());
        incomes.upsert(earningId, ownerId, Map.of("2026-05-10", new BigDecimal("1.0000"), "2026-05-20", new BigDecimal("2.0000")),
                JULY_FIRST).await().atMost(WAIT);
        BigDecimal june = earning.upstream().dailyIncomes().stream().filter(day -> YearMonth.from(day.date()).equals(YearMonth.of(2026, 6)))
                .map(SimulatedIncome::coins).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(failing.upstream().dailyIncomes().stream().filter(day -> YearMonth.from(day.date()).equals(YearMonth.of(2026, 6)))
                        .map(SimulatedIncome::coins).reduce(BigDecimal.ZERO, BigDecimal::add));
        withdrawal(ownerId, Instant.parse("2026-06-20T04:00:00Z"), "12.5000");
        withdrawal(ownerId, Instant.parse("2026-05-20T04:00:00Z"), "99.0000");
        alert(ownerId, AlertType.OFFLINE, Instant.parse("2026-06-02T04:00:00Z"));
        alert(ownerId, AlertType.OFFLINE, Instant.parse("2026-06-30T15:59:00Z"));
        alert(ownerId, AlertType.RECOVERED, Instant.parse("2026-06-03T04:00:00Z"));
        alert(ownerId, AlertType.OFFLINE, Instant.parse("2026-06-30T16:01:00Z"));
        alert(ownerId, AlertType.EXCEPTION, Instant.parse("2026-05-31T15:59:00Z"));
        accounts.update("status = ?1", AccountStatus.AUTH_FAILED.name()).where("_id", new ObjectId(failing.accountId()))
                .await().atMost(WAIT);

        reports.queueDue().await().atMost(WAIT);
        reports.queueDue().await().atMost(WAIT);

        List<OutboxMail> sent = outbox.list("ownerId", ownerId).await().atMost(WAIT);
        assertEquals(1, sent.size(), "one monthly report, once, and no daily or weekly one");
        OutboxMail report = sent.get(0);
        assertEquals("【JK Cloud Monitor】2026-06-01 ~ 2026-06-30 月报", report.subject);
        BigDecimal change = june.subtract(new BigDecimal("3")).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal("3"), 2, RoundingMode.HALF_UP);
        assertTrue(report.text.contains("收益：" + june.setScale(4, RoundingMode.HALF_UP).toPlainString()
                + "（上期 3.0000, +" + change.toPlainString() + "%）"), "June " + june + ", change " + change + ":\n" + report.text);
        assertTrue(report.text.contains("提现：12.5000，共 1 次"), report.text);
        assertTrue(report.text.contains("/3 在线"), report.text);
        assertTrue(report.text.contains("告警：离线 2，异常 0，恢复 1，登录失败 0"), report.text);
        assertTrue(report.text.contains("登录失败的账号：1 (failing)"), report.text);
    }

    @Test
    void nothingIsSentBeforeNineChinaTime() {
        clock.set(Instant.parse("2026-07-01T00:30:00Z"));
        TestUsers.SignedUp user = TestUsers.newUser();
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("notifications", Map.of("reports", Map.of("daily", true, "weekly", true))))
                .patch("/api/v1/me").then().statusCode(200);
        reports.queueDue().await().atMost(WAIT);
        assertEquals(0, outbox.count("ownerId", new ObjectId(user.id())).await().atMost(WAIT));

        clock.set(JULY_FIRST);
        reports.queueDue().await().atMost(WAIT);
        List<String> subjects = outbox.list("ownerId", new ObjectId(user.id())).await().atMost(WAIT).stream()
                .map(mail -> mail.subject).sorted().toList();
        assertEquals(List.of("【JK Cloud Monitor】2026-06-22 ~ 2026-06-28 周报", "【JK Cloud Monitor】2026-06-30 日报"), subjects);
    }

    private void withdrawal(ObjectId ownerId, Instant at, String total) {
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.id = new ObjectId();
        withdrawal.ownerId = ownerId;
        withdrawal.idempotencyKey = "seed-" + withdrawal.id;
        withdrawal.state = Withdrawal.State.COMPLETED;
        withdrawal.total = new BigDecimal(total);
        withdrawal.createdAt = at;
        withdrawal.completedAt = at;
        withdrawals.persist(withdrawal).await().atMost(WAIT);
    }

    private void alert(ObjectId ownerId, AlertType type, Instant at) {
        AlertEvent event = new AlertEvent();
        event.id = new ObjectId();
        event.ownerId = ownerId;
        event.type = type;
        event.at = at;
        event.createdAt = at;
        event.mailState = AlertEvent.MailState.SKIPPED;
        alerts.persist(event).await().atMost(WAIT);
    }
}
