package com.jkcloud.monitor.app;

import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class VersionResourceTest {

    /** Codes only grow, so each test's release is the latest whatever ran before. */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 1_000_000) * 100);

    private static Map<String, Object> release(String platform, int code, int minSupported, List<Integer> forceFrom) {
        Map<String, Object> release = new HashMap<>();
        release.put("platform", platform);
        release.put("versionName", "2." + code);
        release.put("versionCode", code);
        release.put("url", "https://download.example.com/app-" + code + ".apk");
        release.put("notes", "Fixes");
        release.put("minSupportedCode", minSupported);
        release.put("forceFromCodes", forceFrom);
        return release;
    }

    @Test
    void answersUpdatesAndForcedUpdatesForAndroid() {
        String admin = TestUsers.admin().token();
        int base = NEXT_CODE.addAndGet(100);
        int latest = base + 50;
        given().contentType(ContentType.JSON).auth().oauth2(admin).body(release("Android", latest, base + 10, List.of(base + 30)))
                .post("/api/v1/admin/releases")
                .then().statusCode(201).body("code", equalTo(201))
                .body("data.platform", equalTo("Android")).body("data.versionCode", equalTo(latest));

        given().queryParam("platform", "android").queryParam("versionCode", latest)
                .get("/api/v1/version")
                .then().statusCode(200)
                .body("data.updateAvailable", equalTo(false)).body("data.force", equalTo(false))
                .body("data.latest.versionCode", equalTo(latest))
                .body("data.latest.url", equalTo("https://download.example.com/app-" + latest + ".apk"));
        given().queryParam("platform", "Android").queryParam("versionCode", base + 20)
                .get("/api/v1/version")
                .then().body("data.updateAvailable", equalTo(true)).body("data.force", equalTo(false));
        // Below minSupportedCode, and one of the forceFromCodes: both must update.
        given().queryParam("platform", "Android").queryParam("versionCode", base + 5)
                .get("/api/v1/version")
                .then().body("data.updateAvailable", equalTo(true)).body("data.force", equalTo(true));
        given().header("Platform", "Android").header("AppVersion", Integer.toString(base + 30))
                .get("/api/v1/version")
                .then().statusCode(200).body("data.force", equalTo(true)).body("data.latest.versionName", equalTo("2." + latest));

        given().auth().oauth2(admin).get("/api/v1/admin/releases")
                .then().statusCode(200).body("data.versionCode", hasItem(latest));
    }

    @Test
    void refusesADuplicateOrInconsistentRelease() {
        String admin = TestUsers.admin().token();
        int code = NEXT_CODE.addAndGet(100);
        given().contentType(ContentType.JSON).auth().oauth2(admin).body(release("iOS", code, 1, List.of()))
                .post("/api/v1/admin/releases").then().statusCode(201);
        given().contentType(ContentType.JSON).auth().oauth2(admin).body(release("ios", code, 1, List.of()))
                .post("/api/v1/admin/releases").then().statusCode(409).body("error", equalTo("CONFLICT"));
        given().contentType(ContentType.JSON).auth().oauth2(admin).body(release("iOS", code + 1, code + 2, List.of()))
                .post("/api/v1/admin/releases").then().statusCode(400).body("details.field", hasItem("minSupportedCode"));
        given().contentType(ContentType.JSON).auth().oauth2(admin).body(release("Symbian", code + 1, 1, List.of()))
                .post("/api/v1/admin/releases").then().statusCode(400).body("details.field", hasItem("platform"));
        Map<String, Object> noUrl = release("iOS", code + 1, 1, List.of());
        noUrl.put("url", "ftp://nope");
        given().contentType(ContentType.JSON).auth().oauth2(admin).body(noUrl)
                .post("/api/v1/admin/releases").then().statusCode(400).body("details.field", hasItem("url"));
        given().queryParam("platform", "iOS").queryParam("versionCode", code - 1)
                .get("/api/v1/version")
                .then().body("data.updateAvailable", equalTo(true)).body("data.force", equalTo(false));
    }

    @Test
    void theVersionCheckNeedsAPlatformAndANumericCode() {
        given().queryParam("versionCode", 1).get("/api/v1/version")
                .then().statusCode(400).body("details.field", hasItem("platform"));
        given().queryParam("platform", "Windows").queryParam("versionCode", 1).get("/api/v1/version")
                .then().statusCode(400).body("details.field", hasItem("platform"));
        given().queryParam("platform", "Android").queryParam("versionCode", "1.2.0").get("/api/v1/version")
                .then().statusCode(400).body("details.field", hasItem("versionCode"));
        given().header("Platform", "Android").get("/api/v1/version")
                .then().statusCode(400).body("details.field", hasItem("versionCode"));
    }

    @Test
    void onlyAdminsPublishOrListReleases() {
        TestUsers.SignedUp user = TestUsers.newUser();
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(release("Android", 1, 1, List.of()))
                .post("/api/v1/admin/releases").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
        given().auth().oauth2(user.token()).get("/api/v1/admin/releases").then().statusCode(403);
        given().get("/api/v1/admin/releases").then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        given().contentType(ContentType.JSON).body(release("Android", 1, 1, List.of()))
                .post("/api/v1/admin/releases").then().statusCode(401);
    }
}
