package com.jkcloud.monitor.securitynotice;

import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.support.Mails;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class NewAddressNoticeTest {

    @Inject
    OutboxSender sender;

    @Inject
    MutableClock clock;

    @Test
    void aSignInFromAnIpNotSeenBeforeIsNoticedOncePerIpByMail() {
        String username = TestUsers.uniqueEmail("new-ip");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.60")
                .body(Map.of("username", username, "password", TestUsers.PASSWORD)).post("/api/v1/auth/register")
                .then().statusCode(201);
        signInFrom(username, "198.51.100.60");
        sender.sendDue().await().atMost(WAIT);
        assertEquals(List.of(), securityMails(username), "the IP it registered from is known");

        signInFrom(username, "203.0.113.61");
        signInFrom(username, "203.0.113.61");
        try {
            // the notice is queued asynchronously and a send may stall: a few rounds of the outbox, on the test clock
            Mails.deliveredTo(username, 1, sender, clock);
            List<MimeMessage> mails = securityMails(username);
            assertEquals(1, mails.size(), "one notice for the new IP, however often it signs in");
            String body = Mails.body(mails.get(0));
            assertTrue(body.contains("203.0.113.61"), body);
            assertTrue(body.contains("notice-agent/3.0"), body);

            signInFrom(username, "203.0.113.62");
            Mails.deliveredTo(username, 2, sender, clock);
            assertEquals(2, securityMails(username).size());
        } finally {
            clock.reset();
        }
    }

    @Test
    void theNoticeMailShowsTheSignInsDeviceAsTextNotAsMarkup() throws Exception {
        String username = TestUsers.uniqueEmail("new-ip-markup");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.70")
                .body(Map.of("username", username, "password", TestUsers.PASSWORD)).post("/api/v1/auth/register")
                .then().statusCode(201);
        signInFrom(username, "203.0.113.71", "agent <b>bold</b> & co");
        String html;
        try {
            // the notice is queued asynchronously and a send may stall: a few rounds of the outbox, on the test clock
            assertEquals(1, Mails.deliveredTo(username, 1, sender, clock).size());
            html = htmlOf(securityMails(username).get(0));
        } finally {
            clock.reset();
        }
        assertTrue(html.contains("（agent &lt;b&gt;bold&lt;/b&gt; &amp; co）"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("。<br>如果不是您本人操作"), "the notice's second line starts a new line: " + html);
    }

    private static String htmlOf(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int index = 0; index < parts.getCount(); index++) {
                String html = htmlOf(parts.getBodyPart(index));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static List<MimeMessage> securityMails(String username) {
        return Mails.to(username).stream().filter(mail -> Mails.subject(mail).contains("新的登录")).toList();
    }

    private static void signInFrom(String username, String ip) {
        signInFrom(username, ip, "notice-agent/3.0");
    }

    private static void signInFrom(String username, String ip, String userAgent) {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", ip).header("User-Agent", userAgent)
                .body(Map.of("username", username, "password", TestUsers.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200);
    }
}
