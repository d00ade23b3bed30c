package com.jkcloud.monitor.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.hardening.Endpoints.Access;
import com.jkcloud.monitor.hardening.Endpoints.Endpoint;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input against every endpoint: malformed, oversized, wrongly typed, wrongly encoded and
 * out-of-range requests, signed in and not. Nothing may answer 5xx, and every answer is the envelope.
 */
@QuarkusTest
class FuzzTest {

    private static final long SEED = 0x5EED_F022L;
    private static final int BODY_LIMIT = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Vert.x refuses an undecodable target ({@code ?days=%}) before any route runs, with a bare 400 our
     * handlers never see; for those only the status is checked.
     */
    private static final Pattern BROKEN_PERCENT_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** Values that are wrong for some field: wrong types, nulls, extremes, odd text. */
    private static final List<Object> HOSTILE_VALUES = List.of(
            "", " ", "null", "12345", "-1", "1e400", "true", "\u0000", "\uD83D\uDE00\u4F60\u597D", "\u202Etxt.exe",
            "<script>alert(1)</script>", "' OR '1'='1", "../../etc/passwd", "%00%ff", "x".repeat(300), "y".repeat(70_000),
            0, -1, Integer.MAX_VALUE, Long.MIN_VALUE, 1.5e308, -0.0, true, false,
            List.of(), List.of(1, "a", List.of()), Map.of(), Map.of("$ne", ""), Map.of("$gt", Map.of()));

    private static final List<String> GARBAGE_PATH_SEGMENTS = List.of(
            "", "x", "000000000000000000000000", "ffffffffffffffffffffffff", "zzzzzzzzzzzzzzzzzzzzzzzz", "-1",
            "%00", "%ZZ", "%FF%FE", "..%2F..%2Fetc%2Fpasswd", "%E4%BD%A0%E5%A5%BD", "%7B%22%24ne%22%3Anull%7D",
            "a;b=c", "null", "1e999", "x".repeat(2_000));

    private static final List<String> GARBAGE_QUERIES = List.of(
            "days=0", "days=91", "days=-7", "days=99999999999999999999", "days=abc", "days=", "days=%", "days=%ZZ",
            "limit=0", "limit=100000", "limit=-5", "limit=x", "all=maybe", "all=%00",
            "platform=Symbian&versionCode=1", "platform=Android&versionCode=-1", "platform=Android&versionCode=1e9",
            "platform=Android&versionCode=99999999999999999999", "platform=&versionCode=", "versionCode=%E4%BD%A0",
            "a=" + "q".repeat(3_000), "days=" + "9".repeat(3_000), "x=1&x=2&x=3", "%=%", "&&&", "days=7&days=8");

    private final Random random = new Random(SEED);
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int fired;

    private String userToken;
    private String adminToken;
    private String ownAccountId;
    private String ownChannelId;

    @Test
    void hostileRequestsNeverCauseA5xxAndAlwaysGetTheEnvelope() {
        TestUsers.SignedUp user = TestUsers.newUser();
        userToken = user.token();
        adminToken = TestUsers.admin().token();
        ownAccountId = OneThingFixtures.bindNew(userToken, 1).accountId();
        ownChannelId = RestAssured.given().auth().oauth2(userToken).contentType("application/json")
                .body(Map.of("name", "fuzzed", "url", "schan://SCT1fuzzownchannel0000"))
                .post("/api/v1/notification-channels").then().statusCode(201).extract().path("data.id");

        for (Endpoint endpoint : Endpoints.ALL) {
            fuzz(endpoint);
        }
        fuzzTheRouter();

        System.out.println("fuzz: " + fired + " requests, statuses " + statuses);
        assertTrue(failures.isEmpty(), failures.size() + " broken answers:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(fired >= 1000, "only " + fired + " requests fired");
    }

    private void fuzz(Endpoint endpoint) {
        for (String path : paths(endpoint)) {
            send(endpoint, path, anyCaller(endpoint), "application/json", null);
        }
        for (String query : GARBAGE_QUERIES) {
            send(endpoint, withQuery(concrete(endpoint.path()), query), anyCaller(endpoint), "application/json", null);
        }
        for (byte[] body : neverValidBodies()) {
            send(endpoint, concrete(endpoint.path()), anyCaller(endpoint), "application/json", body);
        }
        for (String contentType : new String[]{null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/json; charset=ISO-8859-1", "application/json; charset=nonsense",
                ";;;", "application/json, text/html"}) {
            send(endpoint, concrete(endpoint.path()), anyCaller(endpoint), contentType, utf8("{\"a\":1}"));
        }
        for (int size : new int[]{BODY_LIMIT - 200, BODY_LIMIT + 1, BODY_LIMIT + 4096}) {
            send(endpoint, concrete(endpoint.path()), anyCaller(endpoint), "application/json", longStringBody(endpoint, size));
        }
        for (byte[] body : wronglyShapedBodies(endpoint)) {
            String caller = endpoint.changesSharedState() ? userOrAnonymous() : anyCaller(endpoint);
            send(endpoint, concrete(endpoint.path()), caller, "application/json", body);
        }
        for (String[] header : hostileHeaders()) {
            send(endpoint, concrete(endpoint.path()), anyCaller(endpoint), "application/json",
                    endpoint.takesBody() && !endpoint.changesSharedState() ? json(endpoint.sampleBody()) : null, header);
        }
    }

    /** Wrong methods and paths nobody serves go through the router, not a resource (OPTIONS is CORS, not JSON). */
    private void fuzzTheRouter() {
        for (String method : new String[]{"GET", "POST", "PUT", "PATCH", "DELETE"}) {
            for (String path : new String[]{"/api/v1/timestamp", "/api/v1/auth/login", "/api/v1/no-such-thing", "/api/v3/mine",
                    "/api/v1/accounts/x/y/z", "/api/v1/%ZZ", "/api//v1//me", "/api/v1/./me", "/api/v1/../v1/me"}) {
                send(new Endpoint(method, path, Access.PUBLIC, null), path, anyCaller(null), "application/json", utf8("{}"));
            }
        }
    }

    private List<String> paths(Endpoint endpoint) {
        if (!endpoint.path().contains("{")) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String segment : GARBAGE_PATH_SEGMENTS) {
            paths.add(endpoint.path().replace("{id}", segment).replace("{channelId}", segment).replace("{deviceID}", segment)
                    .replace("{silenceId}", segment).replace("{groupId}", segment).replace("{deviceSn}", segment)
                    .replace("{importId}", segment));
        }
        paths.add(concrete(endpoint.path()));
        return paths;
    }

    private String concrete(String path) {
        return path.replace("{id}", ownAccountId).replace("{channelId}", ownChannelId).replace("{deviceID}", "fuzz-blacklisted")
                .replace("{silenceId}", "000000000000000000000000")
                .replace("{groupId}", "000000000000000000000000").replace("{deviceSn}", "FUZZ-SN")
                .replace("{importId}", "000000000000000000000000");
    }

    private static String withQuery(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    private static List<byte[]> neverValidBodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : new String[]{"", "{", "}", "{\"a\":", "{\"a\" 1}", "nul", "[1,2", "\"unterminated", "{}}}",
                "{'single':'quotes'}", "{\"a\":1,}", "{\"a\":NaN}", "{\"a\":01}", "\u0000", "\uFEFF{}", "{\"a\":\"\\uZZZZ\"}",
                "[" .repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)}) {
            bodies.add(utf8(text));
        }
        bodies.add(new byte[]{'{', '"', 'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'});
        bodies.add(new byte[]{'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
        bodies.add(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80, '{', '}'});
        bodies.add(new byte[]{(byte) 0x80, (byte) 0x81, (byte) 0x82});
        return bodies;
    }

    /** Syntactically fine JSON of the wrong shape: other top-level types, and each field replaced by a hostile value. */
    private List<byte[]> wronglyShapedBodies(Endpoint endpoint) {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : new String[]{"null", "[]", "[{}]", "42", "\"text\"", "true", "{}", "{\"unknown\":1}"}) {
            bodies.add(utf8(text));
        }
        if (!endpoint.takesBody()) {
            bodies.add(json(Map.of("unexpected", "body on a " + endpoint.method())));
            return bodies;
        }
        bodies.add(json(List.of(endpoint.sampleBody())));
        bodies.add(json(nested(endpoint.sampleBody(), 200)));
        for (String field : endpoint.sampleBody().keySet()) {
            for (int pick = 0; pick < 8; pick++) {
                Map<String, Object> mutated = new LinkedHashMap<>(endpoint.sampleBody());
                mutated.put(field, HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())));
                bodies.add(jsonWithNulls(mutated));
            }
            Map<String, Object> withNull = new LinkedHashMap<>(endpoint.sampleBody());
            withNull.put(field, null);
            bodies.add(jsonWithNulls(withNull));
            Map<String, Object> asString = new LinkedHashMap<>(endpoint.sampleBody());
            asString.put(field, String.valueOf(endpoint.sampleBody().get(field)));
            bodies.add(jsonWithNulls(asString));
        }
        return bodies;
    }

    private static Object nested(Object inner, int depth) {
        Object value = inner;
        for (int level = 0; level < depth; level++) {
            value = Map.of("data", value);
        }
        return value;
    }

    private byte[] longStringBody(Endpoint endpoint, int totalBytes) {
        String field = endpoint.takesBody() ? endpoint.sampleBody().keySet().iterator().next() : "filler";
        String prefix = "{\"" + field + "\":\"";
        String suffix = "\"}";
        // Multi-byte characters too, so the limit is checked in bytes, not characters.
        StringBuilder filler = new StringBuilder();
        while (filler.length() < totalBytes) {
            filler.append(random.nextBoolean() ? "a" : "\u4F60");
        }
        byte[] body = utf8(prefix + filler + suffix);
        byte[] exact = new byte[totalBytes];
        System.arraycopy(body, 0, exact, 0, Math.min(body.length, totalBytes));
        return exact;
    }

    private static List<String[]> hostileHeaders() {
        return List.of(
                new String[]{"Authorization", "Bearer not.a.jwt"},
                new String[]{"Authorization", "Bearer " + "e".repeat(6_000)},
                new String[]{"Authorization", "Basic Zm9vOmJhcg=="},
                new String[]{"Authorization", "Bearer"},
                new String[]{"Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImdyb3VwcyI6WyJhZG1pbiJdfQ."},
                new String[]{"Token", "garbage"},
                new String[]{"Accept-Language", "xx;q=abc, *;q=-1"},
                new String[]{"Idempotency-Key", "k".repeat(5_000)},
                new String[]{"X-Forwarded-For", "not-an-ip, 999.999.1.1, ::zz"},
                new String[]{"X-Request-Id", "../../../<script>"},
                new String[]{"Platform", "Symbian"},
                new String[]{"AppVersion", "-99999999999999999999"});
    }

    private String anyCaller(Endpoint endpoint) {
        int pick = random.nextInt(3);
        if (pick == 2 && endpoint != null && endpoint.access() == Access.ADMIN && !"POST /api/v1/admin/poll".equals(endpoint.toString())) {
            return adminToken;
        }
        return pick == 0 ? null : userToken;
    }

    private String userOrAnonymous() {
        return random.nextBoolean() ? userToken : null;
    }

    private void send(Endpoint endpoint, String path, String token, String contentType, byte[] body, String... header) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            // The app's Token header is the same credential as Authorization.
            headers.put(random.nextInt(4) == 0 ? "Token" : "Authorization", random.nextInt(4) == 0 ? token : "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (header.length == 2) {
            headers.put(header[0], header[1]);
        }
        if ("POST".equals(endpoint.method()) && path.startsWith("/api/v1/withdrawals")) {
            headers.putIfAbsent("Idempotency-Key", "fuzz-" + random.nextLong());
        }
        // A plain socket, so the bytes go out exactly as written (bad escapes, broken UTF-8, odd content types).
        RawHttp.Answer response = RawHttp.send(RestAssured.port, endpoint.method(), path, headers, body);
        int status = response.status();
        byte[] answer = response.body();
        fired++;
        statuses.merge(status, 1, Integer::sum);
        String problem = BROKEN_PERCENT_ESCAPE.matcher(path).find()
                ? (status == 400 ? null : "an undecodable target must be a 400")
                : isFileOrStream(path, status) ? null : problemWith(status, answer);
        if (problem != null) {
            failures.add(endpoint.method() + " " + abbreviate(path) + " " + headers.keySet() + " [" + contentType + ", "
                    + (body == null ? "no body" : abbreviate(new String(body, StandardCharsets.UTF_8))) + "] -> "
                    + status + ": " + problem + " " + abbreviate(new String(answer, StandardCharsets.UTF_8)));
        }
    }

    /** A served download (CSV, XLSX) or event stream is not an envelope; its errors still are. */
    private static boolean isFileOrStream(String path, int status) {
        return status >= 200 && status < 300 && (path.startsWith("/api/v1/exports/") || path.contains("/events"));
    }

    private static String problemWith(int status, byte[] answer) {
        if (status >= 500) {
            return "server error";
        }
        JsonNode envelope;
        try {
            envelope = JSON.readTree(answer);
        } catch (Exception notJson) {
            return "not JSON";
        }
        if (envelope == null || !envelope.isObject()) {
            return "not an object";
        }
        if (!envelope.path("code").isInt() || envelope.get("code").asInt() != status) {
            return "code is not the status";
        }
        if (!envelope.path("message").isTextual()) {
            return "no message";
        }
        if (status >= 400 && !envelope.path("error").isTextual()) {
            return "no error code";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...(" + text.length() + ")";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }

    private static byte[] jsonWithNulls(Map<String, Object> value) {
        return json(value);
    }

}
