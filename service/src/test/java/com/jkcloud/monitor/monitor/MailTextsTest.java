package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.monitor.mail.AlertMailLine;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every mail's words in both languages, picked by the locale set on the template (Qute message bundles). */
@QuarkusTest
class MailTextsTest {

    private static final List<AlertMailLine> LINES = List.of(
            new AlertMailLine("OFFLINE", "Offline", "box-1", "SN1", "acct", "06-10 10:00", ""));

    @Inject
    @Location("mail/alerts.txt")
    Template alertsText;
    @Inject
    @Location("mail/alerts.html")
    Template alertsHtml;
    @Inject
    @Location("mail/daily-report.txt")
    Template reportText;
    @Inject
    @Location("mail/daily-report.html")
    Template reportHtml;
    @Inject
    @Location("mail/password-reset.txt")
    Template resetText;
    @Inject
    @Location("mail/password-reset.html")
    Template resetHtml;

    @Test
    void alertMailInBothLanguages() {
        assertEquals("These boxes changed state:\n- Offline: box-1 (SN SN1), account acct, since 06-10 10:00\nJK Cloud Monitor\n",
                alerts(alertsText, Language.EN));
        assertEquals("以下设备状态发生变化：\n- Offline: box-1 (SN SN1), 账号 acct, 时间 06-10 10:00\nJK Cloud Monitor\n",
                alerts(alertsText, Language.ZH));
        String english = alerts(alertsHtml, Language.EN);
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("<th align=\"left\">Change</th>")
                && english.contains("<th align=\"left\">Details</th>"), english);
        String chinese = alerts(alertsHtml, Language.ZH);
        assertTrue(chinese.contains("<html lang=\"zh\">") && chinese.contains("<th align=\"left\">变化</th>")
                && chinese.contains("<th align=\"left\">详情</th>"), chinese);
    }

    @Test
    void dailyReportInBothLanguages() {
        assertEquals("Your boxes on 2026-06-09: income 1.5 coins; online 2, offline 1, in exception 0.\nJK Cloud Monitor\n",
                report(reportText, Language.EN));
        assertEquals("2026-06-09 您的设备概况：收益 1.5 币；在线 2 台，离线 1 台，异常 0 台。\nJK Cloud Monitor\n",
                report(reportText, Language.ZH));
        String english = report(reportHtml, Language.EN);
        assertTrue(english.contains("<li>Income: <b>1.5</b> coins</li>")
                && english.contains("<li>Online: 2, offline: 1, in exception: 0</li>"), english);
        String chinese = report(reportHtml, Language.ZH);
        assertTrue(chinese.contains("<p>2026-06-09 您的设备概况：</p>") && chinese.contains("<li>收益：<b>1.5</b> 币</li>"), chinese);
    }

    @Test
    void passwordResetMailInBothLanguages() {
        assertEquals("Your JK Cloud Monitor password reset code is 123456.\n"
                + "It is valid for 15 minutes and can be used once. If you did not ask for it, ignore this mail.\n"
                + "Setting a new password with it also unlocks an account locked after failed sign-ins.\n",
                reset(resetText, Language.EN));
        assertEquals("您的 JK Cloud Monitor 密码重置验证码是 123456。\n验证码 15 分钟内有效，仅可使用一次。如果不是您本人操作，请忽略此邮件。\n"
                + "用它设置新密码后，因登录失败被锁定的账号也会立即解锁。\n", reset(resetText, Language.ZH));
        assertTrue(reset(resetHtml, Language.EN).contains("<p>Your JK Cloud Monitor password reset code is</p>"));
        assertTrue(reset(resetHtml, Language.ZH).contains("<p>验证码 15 分钟内有效，仅可使用一次。如果不是您本人操作，请忽略此邮件。</p>"));
    }

    private static String alerts(Template template, Language language) {
        return template.instance().setLocale(language.locale()).data("lang", language.tag()).data("lines", LINES).render();
    }

    private static String report(Template template, Language language) {
        return template.instance().setLocale(language.locale()).data("lang", language.tag()).data("day", "2026-06-09")
                .data("income", "1.5").data("online", 2).data("offline", 1).data("exception", 0).render();
    }

    private static String reset(Template template, Language language) {
        return template.instance().setLocale(language.locale()).data("lang", language.tag())
                .data("code", "123456").data("minutes", 15L).render();
    }
}
