package com.jkcloud.monitor.simulator;

import com.jkcloud.monitor.onething.OneThingPasswords;
import com.jkcloud.monitor.onething.client.Signatures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator on its own, spoken to with plain HTTP: it must enforce the protocol like the real service. */
class OneThingSimulatorTest {

    private static final String USERNAME = "13912345678";
    private static OneThingSimulator simulator;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        simulator = OneThingSimulator.start(0);
        simulator.addAccount(USERNAME, "s3cret-pass", 2);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void logsInWithTheDerivedPwdAndAnswersEscapedJsonAsHtml() throws Exception {
        HttpResponse<String> login = login(OneThingPasswords.derivePwd("s3cret-pass"), true);

        assertTrue(login.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(login.body().contains("\"iRet\":0"), login.body());
        assertTrue(login.body().contains("\\u"), "non-ASCII is escaped: " + login.body());
        assertTrue(login.headers().allValues("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith("sessionid=")));
    }

    @Test
    void refusesAPlainMd5OrAWrongSign() throws Exception {
        assertTrue(login(OneThingPasswords.md5Hex("s3cret-pass"), true).body().contains("\"iRet\":-121"));
        assertTrue(login(OneThingPasswords.derivePwd("s3cret-pass"), false).body().contains("\"iRet\":-3"));
    }

    @Test
    void refusesAControlCallSignedWithTheWrongKey() throws Exception {
        HttpResponse<String> login = login(OneThingPasswords.derivePwd("s3cret-pass"), true);
        String sessionId = cookie(login, "sessionid");
        String userId = cookie(login, "userid");
        Map<String, List<String>> query = new TreeMap<>(Map.of("X-LICENCE-PUB", List.of("1"), "appversion", List.of("1.6.2"),
                "ct", List.of("2"), "userid", List.of(userId), "v", List.of("3")));

        String wrong = listPeer(query, Signatures.sign(query, "not-the-session"), sessionId, userId);
        String missing = listPeer(query, null, sessionId, userId);
        String right = listPeer(query, Signatures.sign(query, sessionId), sessionId, userId);

        assertTrue(wrong.contains("\"rtn\":-2"), wrong);
        assertTrue(missing.contains("\"rtn\":-2"), missing);
        assertTrue(right.contains("\"rtn\":0") && right.contains("device_sn"), right);
    }

    @Test
    void generatesTheSameAccountFromTheSameUsername() {
        try (OneThingSimulator other = OneThingSimulator.start(0)) {
            SimulatedAccount again = other.addAccount(USERNAME, "whatever", 2);
            SimulatedAccount first = simulator.account(USERNAME);
            assertEquals(first.devices().get(1).deviceSn(), again.devices().get(1).deviceSn());
            assertEquals(first.dailyIncomes(), again.dailyIncomes());
            assertEquals(first.totalIncome(), again.totalIncome());
            assertTrue(first.totalIncome().compareTo(first.totalWithdrawn()) > 0);
            assertTrue(first.dailyIncomes().stream().allMatch(day -> day.coins().scale() == 4
                    && day.coins().compareTo(BigDecimal.ZERO) > 0));
        }
    }

    private HttpResponse<String> login(String pwd, boolean signCorrectly) throws Exception {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("deviceid", List.of(OneThingPasswords.deviceId(USERNAME)));
        form.put("imeiid", List.of(OneThingPasswords.imeiId(USERNAME)));
        form.put("pwd", List.of(pwd));
        form.put("account_type", List.of("4"));
        form.put("phone", List.of(USERNAME));
        form.put("sign", List.of(signCorrectly ? Signatures.sign(form, "") : Signatures.sign(form, "x")));
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.accountUrl() + "/user/login?appversion=1.6.2"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String listPeer(Map<String, List<String>> query, String sign, String sessionId, String userId) throws Exception {
        Map<String, List<String>> sent = new TreeMap<>(query);
        if (sign != null) {
            sent.put("sign", List.of(sign));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.controlUrl() + "/listPeer?" + encode(sent)))
                .header("Cookie", "sessionid=" + sessionId + "; userid=" + userId).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
                .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String encode(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> entry.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
