package com.jkcloud.monitor.hardening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every endpoint of the HTTP contract in one place, with who may call it and a well-formed body to start
 * from. {@code {id}} in a path is a OneThing account id, {@code {channelId}} a notification channel id,
 * {@code {deviceID}} an app device id, {@code {silenceId}} a silence id, {@code {groupId}} an account group id,
 * {@code {deviceSn}} a box's SN, {@code {importId}} a bulk import id. {@code AuthorizationMatrixTest} checks that this is every operation the
 * published OpenAPI document lists.
 */
final class Endpoints {

    enum Access {
        /** Answers without a token. */
        PUBLIC,
        /** Needs a signed-in user (401 otherwise). */
        USER,
        /** Needs the admin role (401 anonymous, 403 for other users). */
        ADMIN
    }

    /**
     * @param changesSharedState an admin's well-formed request would change what other tests see (pages,
     *                           releases), so fuzzing sends it only bodies that can never be valid
     */
    record Endpoint(String method, String path, Access access, Map<String, Object> sampleBody, boolean changesSharedState) {

        Endpoint(String method, String path, Access access, Map<String, Object> sampleBody) {
            this(method, path, access, sampleBody, false);
        }

        boolean takesBody() {
            return sampleBody != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ALL = List.of(
            new Endpoint("POST", "/api/v1/auth/register", Access.PUBLIC, body("username", "fuzz@example.com", "password", "fuzz-password-1")),
            new Endpoint("POST", "/api/v1/auth/login", Access.PUBLIC, body("username", "nobody-fuzz@example.com", "password", "wrong-password-1")),
            new Endpoint("PUT", "/api/v1/auth/password", Access.USER, body("oldPassword", "not-the-password", "newPassword", "another-password-1")),
            new Endpoint("POST", "/api/v1/auth/password-reset", Access.PUBLIC, body("username", "nobody-fuzz@example.com")),
            new Endpoint("POST", "/api/v1/auth/password-reset/confirm", Access.PUBLIC,
                    body("username", "nobody-fuzz@example.com", "code", "123456", "newPassword", "another-password-1")),
            new Endpoint("GET", "/api/v1/me", Access.USER, null),
            new Endpoint("PATCH", "/api/v1/me", Access.USER, body("email", "fuzz@example.com", "notifications", body("email", "fuzz@example.com", "enabled", true))),
            new Endpoint("GET", "/api/v1/me/2fa", Access.USER, null),
            new Endpoint("POST", "/api/v1/me/2fa", Access.USER, null),
            new Endpoint("POST", "/api/v1/me/2fa/confirm", Access.USER, body("code", "000000")),
            new Endpoint("DELETE", "/api/v1/me/2fa", Access.USER, body("code", "000000")),
            new Endpoint("GET", "/api/v1/me/sessions", Access.USER, null),
            new Endpoint("DELETE", "/api/v1/me/sessions/{id}", Access.USER, null),
            new Endpoint("DELETE", "/api/v1/me/sessions", Access.USER, null),
            new Endpoint("GET", "/api/v1/me/audit?limit=10", Access.USER, null),
            new Endpoint("GET", "/api/v1/admin/audit?limit=10", Access.ADMIN, null),
            new Endpoint("POST", "/api/v1/accounts", Access.USER, body("username", "15000000000", "password", "onething-pass-x", "name", "box")),
            new Endpoint("GET", "/api/v1/accounts", Access.USER, null),
            new Endpoint("GET", "/api/v1/accounts/{id}", Access.USER, null),
            new Endpoint("PATCH", "/api/v1/accounts/{id}", Access.USER, body("name", "renamed", "password", "onething-pass-x")),
            new Endpoint("DELETE", "/api/v1/accounts/{id}", Access.USER, null),
            new Endpoint("GET", "/api/v1/accounts/{id}/devices", Access.USER, null),
            new Endpoint("GET", "/api/v1/fleet", Access.USER, null),
            new Endpoint("GET", "/api/v1/stats/income?days=7", Access.USER, null),
            new Endpoint("GET", "/api/v1/fleet/devices/{deviceSn}", Access.USER, null),
            new Endpoint("GET", "/api/v1/fleet/devices/{deviceSn}/availability?days=7", Access.USER, null),
            new Endpoint("POST", "/api/v1/accounts/imports", Access.USER,
                    body("lines", List.of(body("username", "not-a-login", "password", "onething-pass-x")))),
            new Endpoint("GET", "/api/v1/accounts/imports/{importId}", Access.USER, null),
            new Endpoint("GET", "/api/v1/accounts/imports/{importId}/events", Access.USER, null),
            new Endpoint("GET", "/api/v1/groups", Access.USER, null),
            new Endpoint("POST", "/api/v1/groups", Access.USER, body("name", "fuzz group")),
            new Endpoint("PATCH", "/api/v1/groups/{groupId}", Access.USER, body("name", "renamed group")),
            new Endpoint("DELETE", "/api/v1/groups/{groupId}", Access.USER, null),
            new Endpoint("GET", "/api/v1/exports/fleet.csv", Access.USER, null),
            new Endpoint("GET", "/api/v1/exports/fleet.xlsx", Access.USER, null),
            new Endpoint("GET", "/api/v1/exports/income.csv", Access.USER, null),
            new Endpoint("GET", "/api/v1/exports/income.xlsx", Access.USER, null),
            new Endpoint("GET", "/api/v1/exports/withdrawals.csv", Access.USER, null),
            new Endpoint("GET", "/api/v1/exports/withdrawals.xlsx", Access.USER, null),
            new Endpoint("POST", "/api/v1/withdrawals", Access.USER, body("accountIds", List.of("000000000000000000000000"))),
            new Endpoint("GET", "/api/v1/withdrawals", Access.USER, null),
            new Endpoint("GET", "/api/v1/withdrawals/plan", Access.USER, null),
            new Endpoint("GET", "/api/v1/withdrawals/auto", Access.USER, null),
            new Endpoint("PUT", "/api/v1/withdrawals/auto", Access.USER, body("enabled", false, "schedule", "DAILY", "hour", 9)),
            new Endpoint("GET", "/api/v1/market", Access.PUBLIC, null),
            new Endpoint("GET", "/api/v1/market/history", Access.PUBLIC, null),
            new Endpoint("GET", "/api/v1/price-alerts", Access.USER, null),
            new Endpoint("POST", "/api/v1/price-alerts", Access.USER, body("currency", "USDT", "above", 1_000_000)),
            new Endpoint("DELETE", "/api/v1/price-alerts/{id}", Access.USER, null),
            new Endpoint("GET", "/api/v1/alerts", Access.USER, null),
            new Endpoint("POST", "/api/v1/notification-channels", Access.USER, body("name", "fuzz", "url", "schan://SCT1fuzzfuzzfuzzfuzz")),
            new Endpoint("GET", "/api/v1/notification-channels", Access.USER, null),
            new Endpoint("GET", "/api/v1/notifications?limit=10", Access.USER, null),
            new Endpoint("PATCH", "/api/v1/notification-channels/{channelId}", Access.USER, body("name", "renamed", "enabled", true)),
            new Endpoint("POST", "/api/v1/notification-channels/{channelId}/test", Access.USER, null),
            new Endpoint("DELETE", "/api/v1/notification-channels/{channelId}", Access.USER, null),
            new Endpoint("GET", "/api/v1/silences", Access.USER, null),
            new Endpoint("POST", "/api/v1/silences", Access.USER, body("until", 1_800_000_000_000L, "reason", "fuzz")),
            new Endpoint("DELETE", "/api/v1/silences/{silenceId}", Access.USER, null),
            new Endpoint("POST", "/api/v1/devices", Access.PUBLIC, body("message", "launch", "data", body(
                    "deviceID", "fuzz-device-1",
                    "app", body("debug", "false", "versionCode", "120", "versionName", "1.2.0"),
                    "device", body("brand", "HUAWEI", "model", "ELS-AN00", "displayHeight", "2340", "displayWidth", "1080"),
                    "os", body("host", "build-host", "root", "false", "version", "10"),
                    "location", body("latitude", 30.5, "longitude", 114.3, "address", "somewhere")))),
            new Endpoint("DELETE", "/api/v1/devices", Access.USER, body("message", "logout", "deviceID", "fuzz-device-1")),
            new Endpoint("GET", "/api/v1/devices", Access.USER, null),
            new Endpoint("GET", "/api/v1/discovery", Access.PUBLIC, null),
            new Endpoint("PUT", "/api/v1/actions", Access.USER, body("uid", "fuzz-action")),
            new Endpoint("GET", "/api/v2/mine", Access.PUBLIC, null),
            new Endpoint("GET", "/api/v1/mine", Access.PUBLIC, null),
            new Endpoint("GET", "/api/v1/version?platform=Android&versionCode=1", Access.PUBLIC, null),
            new Endpoint("GET", "/api/v1/timestamp", Access.PUBLIC, null),
            new Endpoint("POST", "/api/v1/mining/heartbeats", Access.PUBLIC, body("deviceID", "fuzz-device-1")),
            new Endpoint("PUT", "/api/v1/admin/discovery", Access.ADMIN, body("header", List.of(), "items", List.of()), true),
            new Endpoint("PUT", "/api/v1/admin/mine", Access.ADMIN, body("groups", List.of()), true),
            new Endpoint("POST", "/api/v1/admin/releases", Access.ADMIN, body("platform", "Android", "versionName", "1.0",
                    "versionCode", 1, "url", "https://example.com/app.apk", "minSupportedCode", 0), true),
            new Endpoint("GET", "/api/v1/admin/releases", Access.ADMIN, null),
            new Endpoint("POST", "/api/v1/admin/poll", Access.ADMIN, null),
            new Endpoint("GET", "/api/v1/admin/risk/suspects?limit=10", Access.ADMIN, null),
            new Endpoint("GET", "/api/v1/admin/risk/blacklist", Access.ADMIN, null),
            new Endpoint("POST", "/api/v1/admin/risk/blacklist", Access.ADMIN, body("deviceID", "fuzz-blacklisted", "reason", "fuzz")),
            new Endpoint("DELETE", "/api/v1/admin/risk/blacklist/{deviceID}", Access.ADMIN, null));

    private Endpoints() {
    }

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }
}
