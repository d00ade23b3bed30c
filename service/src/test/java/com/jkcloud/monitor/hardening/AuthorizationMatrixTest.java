package com.jkcloud.monitor.hardening;

import com.jkcloud.monitor.hardening.Endpoints.Access;
import com.jkcloud.monitor.hardening.Endpoints.Endpoint;
import com.jkcloud.monitor.support.AppDevices;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.jkcloud.monitor.hardening.Endpoints.body;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint × {anonymous, other user, admin, owner}: who gets in, who gets 401, 403 or 404. The endpoints are
 * every operation of the published OpenAPI document, so a new endpoint fails here until it has its row.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Caller { ANONYMOUS, OTHER_USER, ADMIN, OWNER }

    /** What one caller is signed in as; a password change moves it to a new password and a new token. */
    static final class Identity {
        final String username;
        String password = TestUsers.PASSWORD;
        String token;

        Identity(TestUsers.SignedUp signedUp) {
            this.username = signedUp.username();
            this.token = signedUp.token();
        }

        void signInWith(String newPassword) {
            password = newPassword;
            token = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                    .post("/api/v1/auth/login").then().statusCode(200).extract().path("data.token");
        }
    }

    /**
     * @param request   sends the endpoint's well-formed request for the caller
     * @param success   the status of a caller who may use it
     * @param ownedById account endpoints: callers other than the owner get 404, as for an id that does not exist
     */
    record Row(Endpoint endpoint, Function<Identity, Response> request, int success, boolean ownedById) {
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

    private Identity owner;
    private String ownedAccountId;
    private String ownedPriceAlertId;
    private String ownedChannelId;
    private String ownedSilenceId;
    private String ownedGroupId;
    private String ownedDeviceSn;
    private String ownedImportId;

    @Test
    void everyPublishedOperationHasARowAndEveryRowIsPublished() {
        Set<String> published = publishedOperations();
        Set<String> inMatrix = rows().stream().map(row -> operation(row.endpoint())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutRow = new TreeSet<>(published);
        withoutRow.removeAll(inMatrix);
        Set<String> notPublished = new TreeSet<>(inMatrix);
        notPublished.removeAll(published);
        assertTrue(withoutRow.isEmpty(), "published operations without a row in the matrix (Endpoints.ALL): " + withoutRow);
        assertTrue(notPublished.isEmpty(), "rows for operations the OpenAPI document does not publish: " + notPublished);
    }

    @Test
    void everyEndpointLetsInExactlyTheRightCallers() {
        owner = new Identity(TestUsers.newUser());
        Identity other = new Identity(TestUsers.newUser());
        Identity admin = new Identity(TestUsers.admin());
        OneThingFixtures.Bound ownedAccount = OneThingFixtures.bindNew(owner.token, 2);
        ownedAccountId = ownedAccount.accountId();
        ownedDeviceSn = ownedAccount.upstream().devices().get(0).deviceSn();
        ownedImportId = as(owner).body(body("lines", List.of(body("username", "not-a-login", "password", "x"))))
                .post("/api/v1/accounts/imports").then().statusCode(202).extract().path("data.id");
        ownedGroupId = as(owner).body(body("name", "matrix group")).post("/api/v1/groups").then().statusCode(201)
                .extract().path("data.id");
        ownedChannelId = as(owner).body(body("name", "matrix", "url", "schan://SCT1matrix" + System.nanoTime()))
                .post("/api/v1/notification-channels").then().statusCode(201).extract().path("data.id");
        ownedPriceAlertId = as(owner).body(body("currency", "ETH", "above", 1_000_000))
                .post("/api/v1/price-alerts").then().statusCode(201).extract().path("data.id");
        ownedSilenceId = as(owner).body(body("until", com.jkcloud.monitor.support.MutableClock.shared().millis() + 3_600_000L))
                .post("/api/v1/silences").then().statusCode(201).extract().path("data.id");
        Map<Caller, Identity> callers = new LinkedHashMap<>();
        callers.put(Caller.ANONYMOUS, null);
        callers.put(Caller.OTHER_USER, other);
        callers.put(Caller.ADMIN, admin);
        callers.put(Caller.OWNER, owner);

        List<Row> rows = rows();
        assertEquals(Endpoints.ALL.stream().map(Endpoint::toString).collect(Collectors.toSet()),
                rows.stream().map(row -> row.endpoint().toString()).collect(Collectors.toSet()),
                "the matrix covers exactly the endpoints of the contract");

        List<String> wrong = new ArrayList<>();
        try {
            for (Row row : rows) {
                for (Map.Entry<Caller, Identity> caller : callers.entrySet()) {
                    int expected = expected(row, caller.getKey());
                    int actual = row.request().apply(caller.getValue()).statusCode();
                    if (actual != expected) {
                        wrong.add(row.endpoint() + " as " + caller.getKey() + ": expected " + expected + ", got " + actual);
                    }
                }
            }
        } finally {
            restorePassword(admin);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static int expected(Row row, Caller caller) {
        Access access = row.endpoint().access();
        if (access == Access.PUBLIC) {
            return row.success();
        }
        if (caller == Caller.ANONYMOUS) {
            return 401;
        }
        if (access == Access.ADMIN) {
            return caller == Caller.ADMIN ? row.success() : 403;
        }
        if (row.ownedById() && caller != Caller.OWNER) {
            return 404;
        }
        return row.success();
    }

    private List<Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        add(rows, "POST /api/v1/auth/register", 201, false, who -> as(who).body(body("username", TestUsers.uniqueEmail("matrix"),
                "password", TestUsers.PASSWORD)).post("/api/v1/auth/register"));
        add(rows, "POST /api/v1/auth/login", 200, false, who -> as(who).body(body("username", owner.username,
                "password", owner.password)).post("/api/v1/auth/login"));
        add(rows, "PUT /api/v1/auth/password", 200, false, who -> {
            if (who == null) {
                return as(null).body(body("oldPassword", TestUsers.PASSWORD, "newPassword", "matrix-password-2")).put("/api/v1/auth/password");
            }
            String next = who.password.equals(TestUsers.PASSWORD) ? "matrix-password-2" : TestUsers.PASSWORD;
            Response response = as(who).body(body("oldPassword", who.password, "newPassword", next)).put("/api/v1/auth/password");
            if (response.statusCode() == 200) {
                who.signInWith(next);
            }
            return response;
        });
        add(rows, "POST /api/v1/auth/password-reset", 202, false, who -> as(who).body(body("username", owner.username))
                .post("/api/v1/auth/password-reset"));
        // No code was mailed for this one: a public endpoint that refuses the code, never the caller.
        add(rows, "POST /api/v1/auth/password-reset/confirm", 400, false, who -> as(who).body(body("username",
                TestUsers.uniqueEmail("nobody"), "code", "123456", "newPassword", "matrix-password-3"))
                .post("/api/v1/auth/password-reset/confirm"));
        add(rows, "GET /api/v1/me", 200, false, who -> as(who).get("/api/v1/me"));
        add(rows, "PATCH /api/v1/me", 200, false, who -> as(who).body(body("notifications", body("enabled", true)))
                .patch("/api/v1/me"));
        add(rows, "GET /api/v1/me/2fa", 200, false, who -> as(who).get("/api/v1/me/2fa"));
        add(rows, "POST /api/v1/me/2fa", 200, false, who -> as(who).post("/api/v1/me/2fa"));
        // a code of no enrolment, and turning off a 2FA that is not on: refused for the code, never the caller
        add(rows, "POST /api/v1/me/2fa/confirm", 400, false, who -> as(who).body(body("code", "abcdef")).post("/api/v1/me/2fa/confirm"));
        add(rows, "DELETE /api/v1/me/2fa", 400, false, who -> as(who).body(body("code", "000000")).delete("/api/v1/me/2fa"));
        add(rows, "GET /api/v1/me/sessions", 200, false, who -> as(who).get("/api/v1/me/sessions"));
        add(rows, "DELETE /api/v1/me/sessions/{id}", 404, false, who -> as(who).delete("/api/v1/me/sessions/" + new org.bson.types.ObjectId()));
        add(rows, "DELETE /api/v1/me/sessions", 200, false, who -> as(who).delete("/api/v1/me/sessions"));
        add(rows, "GET /api/v1/me/audit?limit=10", 200, false, who -> as(who).get("/api/v1/me/audit?limit=10"));
        add(rows, "GET /api/v1/admin/audit?limit=10", 200, false, who -> as(who).get("/api/v1/admin/audit?limit=10"));
        add(rows, "POST /api/v1/accounts", 201, false, who -> as(who).body(body("username",
                OneThingFixtures.phoneAccount(1).username(), "password", OneThingFixtures.UPSTREAM_PASSWORD)).post("/api/v1/accounts"));
        add(rows, "GET /api/v1/accounts", 200, false, who -> as(who).get("/api/v1/accounts"));
        add(rows, "GET /api/v1/accounts/{id}", 200, true, who -> as(who).get("/api/v1/accounts/" + ownedAccountId));
        add(rows, "PATCH /api/v1/accounts/{id}", 200, true, who -> as(who).body(body("name", "renamed"))
                .patch("/api/v1/accounts/" + ownedAccountId));
        add(rows, "GET /api/v1/accounts/{id}/devices", 200, true, who -> as(who).get("/api/v1/accounts/" + ownedAccountId + "/devices"));
        add(rows, "GET /api/v1/fleet/devices/{deviceSn}", 200, true, who -> as(who).get("/api/v1/fleet/devices/" + ownedDeviceSn));
        add(rows, "GET /api/v1/fleet/devices/{deviceSn}/availability?days=7", 200, true,
                who -> as(who).get("/api/v1/fleet/devices/" + ownedDeviceSn + "/availability?days=7"));
        // The owner comes last, so the others ask for an account that still exists.
        add(rows, "DELETE /api/v1/accounts/{id}", 200, true, who -> as(who).delete("/api/v1/accounts/" + ownedAccountId));
        add(rows, "GET /api/v1/fleet", 200, false, who -> as(who).get("/api/v1/fleet"));
        add(rows, "GET /api/v1/stats/income?days=7", 200, false, who -> as(who).get("/api/v1/stats/income?days=7"));
        add(rows, "POST /api/v1/accounts/imports", 202, false, who -> as(who)
                .body(body("lines", List.of(body("username", "not-a-login", "password", "x")))).post("/api/v1/accounts/imports"));
        add(rows, "GET /api/v1/accounts/imports/{importId}", 200, true, who -> as(who).get("/api/v1/accounts/imports/" + ownedImportId));
        add(rows, "GET /api/v1/accounts/imports/{importId}/events", 200, true,
                who -> as(who).accept("text/event-stream").get("/api/v1/accounts/imports/" + ownedImportId + "/events"));
        add(rows, "GET /api/v1/groups", 200, false, who -> as(who).get("/api/v1/groups"));
        add(rows, "POST /api/v1/groups", 201, false, who -> as(who).body(body("name", "matrix " + System.nanoTime()))
                .post("/api/v1/groups"));
        add(rows, "PATCH /api/v1/groups/{groupId}", 200, true, who -> as(who).body(body("name", "renamed " + System.nanoTime()))
                .patch("/api/v1/groups/" + ownedGroupId));
        // The owner comes last, so the others ask for a group that still exists.
        add(rows, "DELETE /api/v1/groups/{groupId}", 200, true, who -> as(who).delete("/api/v1/groups/" + ownedGroupId));
        for (String file : List.of("fleet.csv", "fleet.xlsx", "income.csv", "income.xlsx", "withdrawals.csv", "withdrawals.xlsx")) {
            add(rows, "GET /api/v1/exports/" + file, 200, false, who -> as(who).get("/api/v1/exports/" + file));
        }
        add(rows, "POST /api/v1/withdrawals", 200, false, who -> as(who).header("Idempotency-Key", "matrix-" + System.nanoTime())
                .body(body("accountIds", List.of())).post("/api/v1/withdrawals"));
        add(rows, "GET /api/v1/withdrawals", 200, false, who -> as(who).get("/api/v1/withdrawals"));
        add(rows, "GET /api/v1/withdrawals/plan", 200, false, who -> as(who).get("/api/v1/withdrawals/plan"));
        add(rows, "GET /api/v1/withdrawals/auto", 200, false, who -> as(who).get("/api/v1/withdrawals/auto"));
        add(rows, "PUT /api/v1/withdrawals/auto", 200, false, who -> as(who).body(body("enabled", false, "schedule", "DAILY",
                "hour", 9)).put("/api/v1/withdrawals/auto"));
        add(rows, "GET /api/v1/market", 200, false, who -> as(who).get("/api/v1/market"));
        add(rows, "GET /api/v1/market/history", 200, false, who -> as(who).get("/api/v1/market/history"));
        add(rows, "GET /api/v1/price-alerts", 200, false, who -> as(who).get("/api/v1/price-alerts"));
        add(rows, "POST /api/v1/price-alerts", 201, false, who -> as(who).body(body("currency", "USDT", "above", 1_000_000))
                .post("/api/v1/price-alerts"));
        // The owner comes last, so the others ask for an alert that still exists.
        add(rows, "DELETE /api/v1/price-alerts/{id}", 200, true, who -> as(who).delete("/api/v1/price-alerts/" + ownedPriceAlertId));
        add(rows, "GET /api/v1/alerts", 200, false, who -> as(who).get("/api/v1/alerts"));
        add(rows, "POST /api/v1/notification-channels", 201, false, who -> as(who).body(body("name", "matrix added",
                "url", "schan://SCT1added" + System.nanoTime())).post("/api/v1/notification-channels"));
        add(rows, "GET /api/v1/notification-channels", 200, false, who -> as(who).get("/api/v1/notification-channels"));
        add(rows, "GET /api/v1/notifications?limit=10", 200, false, who -> as(who).get("/api/v1/notifications?limit=10"));
        add(rows, "PATCH /api/v1/notification-channels/{channelId}", 200, true, who -> as(who).body(body("name", "renamed"))
                .patch("/api/v1/notification-channels/" + ownedChannelId));
        add(rows, "POST /api/v1/notification-channels/{channelId}/test", 200, true,
                who -> as(who).post("/api/v1/notification-channels/" + ownedChannelId + "/test"));
        // The owner comes last, so the others ask for a channel that still exists.
        add(rows, "DELETE /api/v1/notification-channels/{channelId}", 200, true,
                who -> as(who).delete("/api/v1/notification-channels/" + ownedChannelId));
        add(rows, "GET /api/v1/silences", 200, false, who -> as(who).get("/api/v1/silences"));
        add(rows, "POST /api/v1/silences", 201, false, who -> as(who).body(body("until",
                com.jkcloud.monitor.support.MutableClock.shared().millis() + 3_600_000L)).post("/api/v1/silences"));
        // The owner comes last, so the others ask for a silence that has not ended.
        add(rows, "DELETE /api/v1/silences/{silenceId}", 200, true, who -> as(who).delete("/api/v1/silences/" + ownedSilenceId));
        add(rows, "POST /api/v1/devices", 200, false, who -> as(who).header("X-Forwarded-For", AppDevices.newPublicIp())
                .body(AppDevices.body(AppDevices.newDeviceId("matrix"), AppDevices.ordinaryPhone(), null, null)).post("/api/v1/devices"));
        add(rows, "DELETE /api/v1/devices", 200, false, who -> as(who).body(body("message", "logout")).delete("/api/v1/devices"));
        add(rows, "GET /api/v1/devices", 200, false, who -> as(who).get("/api/v1/devices"));
        add(rows, "GET /api/v1/discovery", 200, false, who -> as(who).get("/api/v1/discovery"));
        add(rows, "PUT /api/v1/actions", 200, false, who -> as(who).body(body("uid", anActionUid())).put("/api/v1/actions"));
        add(rows, "GET /api/v2/mine", 200, false, who -> as(who).get("/api/v2/mine"));
        add(rows, "GET /api/v1/mine", 200, false, who -> as(who).get("/api/v1/mine"));
        add(rows, "GET /api/v1/version?platform=Android&versionCode=1", 200, false,
                who -> as(who).get("/api/v1/version?platform=Android&versionCode=1"));
        add(rows, "GET /api/v1/timestamp", 200, false, who -> as(who).get("/api/v1/timestamp"));
        add(rows, "POST /api/v1/mining/heartbeats", 200, false, who -> {
            String deviceId = AppDevices.newDeviceId("matrix-miner");
            String ip = AppDevices.newPublicIp();
            AppDevices.registerOrdinary(deviceId, ip);
            return as(who).header("X-Forwarded-For", ip).body(body("deviceID", deviceId)).post("/api/v1/mining/heartbeats");
        });
        // Admins put back exactly what is served now, so other tests see the same pages.
        add(rows, "PUT /api/v1/admin/discovery", 200, false, who -> as(who)
                .body(given().get("/api/v1/discovery").then().extract().jsonPath().getMap("data")).put("/api/v1/admin/discovery"));
        add(rows, "PUT /api/v1/admin/mine", 200, false, who -> as(who)
                .body(given().get("/api/v2/mine").then().extract().jsonPath().getList("data")).put("/api/v1/admin/mine"));
        // versionCode 1 sits below every release other tests publish, so it never becomes their "latest".
        add(rows, "POST /api/v1/admin/releases", 201, false, who -> as(who).body(body("platform", "iOS", "versionName", "0.0.1",
                "versionCode", 1, "url", "https://download.example.com/matrix.ipa", "minSupportedCode", 0)).post("/api/v1/admin/releases"));
        add(rows, "GET /api/v1/admin/releases", 200, false, who -> as(who).get("/api/v1/admin/releases"));
        add(rows, "POST /api/v1/admin/poll", 200, false, who -> as(who).post("/api/v1/admin/poll"));
        add(rows, "GET /api/v1/admin/risk/suspects?limit=10", 200, false, who -> as(who).get("/api/v1/admin/risk/suspects?limit=10"));
        add(rows, "GET /api/v1/admin/risk/blacklist", 200, false, who -> as(who).get("/api/v1/admin/risk/blacklist"));
        add(rows, "POST /api/v1/admin/risk/blacklist", 201, false, who -> as(who).body(body("deviceID", "matrix-listed", "reason", "matrix"))
                .post("/api/v1/admin/risk/blacklist"));
        add(rows, "DELETE /api/v1/admin/risk/blacklist/{deviceID}", 200, false, who -> as(who).delete("/api/v1/admin/risk/blacklist/matrix-listed"));
        return List.copyOf(rows.values());
    }

    /** "METHOD /path/{}" of every operation in /q/openapi: path parameters unnamed, as the matrix names them its own way. */
    private static Set<String> publishedOperations() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + unnamed(path))));
        return operations;
    }

    private static String operation(Endpoint endpoint) {
        String path = endpoint.path();
        int query = path.indexOf('?');
        return endpoint.method() + " " + unnamed(query < 0 ? path : path.substring(0, query));
    }

    private static String unnamed(String path) {
        return PATH_PARAMETER.matcher(path).replaceAll("{}");
    }

    private static void add(Map<String, Row> rows, String endpoint, int success, boolean ownedById, Function<Identity, Response> request) {
        Endpoint known = Endpoints.ALL.stream().filter(candidate -> candidate.toString().equals(endpoint)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in Endpoints.ALL: " + endpoint));
        rows.put(endpoint, new Row(known, request, success, ownedById));
    }

    private static String anActionUid() {
        List<String> uids = given().get("/api/v1/discovery").then().statusCode(200).extract().jsonPath()
                .getList("data.items.actions.flatten().uid", String.class);
        return uids.get(0);
    }

    private static RequestSpecification as(Identity who) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return who == null ? request : request.auth().oauth2(who.token);
    }

    /** Other tests sign the admin in with the shared test password. */
    private static void restorePassword(Identity admin) {
        if (!admin.password.equals(TestUsers.PASSWORD)) {
            given().contentType(ContentType.JSON).auth().oauth2(admin.token)
                    .body(body("oldPassword", admin.password, "newPassword", TestUsers.PASSWORD))
                    .put("/api/v1/auth/password").then().statusCode(200);
            admin.password = TestUsers.PASSWORD;
        }
    }
}
