package com.jkcloud.monitor.app;

import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PageResourceTest {

    private static Map<String, Object> item(String uid, String badge, String actionUid, String type) {
        Map<String, Object> item = new HashMap<>();
        item.put("uid", uid);
        item.put("title", "Title " + uid);
        item.put("description", "About " + uid);
        item.put("image", "https://img.example.com/" + uid + ".png");
        item.put("badge", badge);
        item.put("visible", "visible");
        item.put("actions", List.of(Map.of("uid", actionUid, "key", "open", "type", type, "value", "https://example.com/" + uid)));
        return item;
    }

    private static Map<String, Object> discovery(String suffix) {
        return Map.of(
                "header", List.of(item("banner-" + suffix, "", "open-banner-" + suffix, "web")),
                "items", List.of(item("market-" + suffix, "NEW", "open-market-" + suffix, "native"),
                        item("forum-" + suffix, "HOT", "open-forum-" + suffix, "browser")),
                "footer", item("feedback-" + suffix, "1", "open-feedback-" + suffix, "native"));
    }

    private static String adminToken() {
        return TestUsers.admin().token();
    }

    @Test
    void servesTheDiscoveryPageToAnonymousCallers() {
        given().get("/api/v1/discovery")
                .then().statusCode(200)
                .body("code", equalTo(200))
                .body("data.header", notNullValue())
                .body("data.items[0].uid", notNullValue())
                .body("data.items[0].actions[0].type", notNullValue())
                .body("data.footer.visible", notNullValue());
    }

    @Test
    void servesMineAsGroupsOnBothVersions() {
        List<?> v2 = given().get("/api/v2/mine").then().statusCode(200).extract().jsonPath().getList("data");
        List<?> v1 = given().get("/api/v1/mine").then().statusCode(200).extract().jsonPath().getList("data");
        org.junit.jupiter.api.Assertions.assertFalse(v2.isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(v2, v1);
    }

    @Test
    void badgesClearPerUserOnceTheyUsedTheAction() {
        String suffix = Long.toString(System.nanoTime());
        given().contentType(ContentType.JSON).auth().oauth2(adminToken()).body(discovery(suffix))
                .put("/api/v1/admin/discovery").then().statusCode(200);
        TestUsers.SignedUp alice = TestUsers.newUser();
        TestUsers.SignedUp bob = TestUsers.newUser();

        given().contentType(ContentType.JSON).header("Token", alice.token()).body(Map.of("uid", "open-market-" + suffix))
                .put("/api/v1/actions")
                .then().statusCode(200).body("data.uid", equalTo("open-market-" + suffix));

        given().header("Token", alice.token()).get("/api/v1/discovery")
                .then().statusCode(200)
                .body("data.items.find { it.uid == 'market-" + suffix + "' }.badge", equalTo(""))
                .body("data.items.find { it.uid == 'forum-" + suffix + "' }.badge", equalTo("HOT"));
        given().header("Token", bob.token()).get("/api/v1/discovery")
                .then().body("data.items.find { it.uid == 'market-" + suffix + "' }.badge", equalTo("NEW"));
        given().get("/api/v1/discovery")
                .then().body("data.items.find { it.uid == 'market-" + suffix + "' }.badge", equalTo("NEW"));
    }

    @Test
    void badgesOnTheMinePageClearToo() {
        String suffix = Long.toString(System.nanoTime());
        List<List<Map<String, Object>>> groups = List.of(
                List.of(item("accounts-" + suffix, "3", "open-accounts-" + suffix, "native")),
                List.of(item("help-" + suffix, "NEW", "open-help-" + suffix, "web")));
        given().contentType(ContentType.JSON).auth().oauth2(adminToken()).body(groups)
                .put("/api/v1/admin/mine").then().statusCode(200).body("data[1][0].uid", equalTo("help-" + suffix));
        TestUsers.SignedUp user = TestUsers.newUser();
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(Map.of("uid", "open-help-" + suffix))
                .put("/api/v1/actions").then().statusCode(200);
        given().auth().oauth2(user.token()).get("/api/v2/mine")
                .then().statusCode(200)
                .body("data[0][0].badge", equalTo("3"))
                .body("data[1][0].badge", equalTo(""));
    }

    @Test
    void recordingAnActionNeedsASignedInUserAndAKnownUid() {
        given().contentType(ContentType.JSON).body(Map.of("uid", "anything"))
                .put("/api/v1/actions").then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        TestUsers.SignedUp user = TestUsers.newUser();
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(Map.of("uid", "no-such-action-" + System.nanoTime()))
                .put("/api/v1/actions").then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(Map.of())
                .put("/api/v1/actions").then().statusCode(400).body("details.field", hasItem("uid"));
    }

    @Test
    void adminReplacesTheDiscoveryPageAndEveryoneSeesIt() {
        String suffix = Long.toString(System.nanoTime());
        given().contentType(ContentType.JSON).auth().oauth2(adminToken()).body(discovery(suffix))
                .put("/api/v1/admin/discovery")
                .then().statusCode(200).body("data.footer.uid", equalTo("feedback-" + suffix));
        given().get("/api/v1/discovery")
                .then().statusCode(200)
                .body("data.header[0].uid", equalTo("banner-" + suffix))
                .body("data.items.size()", equalTo(2))
                .body("data.footer.actions[0].uid", equalTo("open-feedback-" + suffix));
    }

    @Test
    void refusesInvalidPages() {
        String token = adminToken();
        String suffix = Long.toString(System.nanoTime());
        Map<String, Object> duplicate = new HashMap<>(discovery(suffix));
        duplicate.put("items", List.of(item("same-" + suffix, "", "a-" + suffix, "web"), item("same-" + suffix, "", "b-" + suffix, "web")));
        given().contentType(ContentType.JSON).auth().oauth2(token).body(duplicate)
                .put("/api/v1/admin/discovery")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED")).body("details.field", hasItem("items[1].uid"));

        Map<String, Object> duplicateAction = new HashMap<>(discovery(suffix));
        duplicateAction.put("items", List.of(item("x-" + suffix, "", "act-" + suffix, "web"), item("y-" + suffix, "", "act-" + suffix, "web")));
        given().contentType(ContentType.JSON).auth().oauth2(token).body(duplicateAction)
                .put("/api/v1/admin/discovery")
                .then().statusCode(400).body("details.field", hasItem("items[1].actions[0].uid"));

        Map<String, Object> badType = new HashMap<>(discovery(suffix));
        badType.put("items", List.of(item("t-" + suffix, "", "t-act-" + suffix, "telnet")));
        given().contentType(ContentType.JSON).auth().oauth2(token).body(badType)
                .put("/api/v1/admin/discovery")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"));

        Map<String, Object> hidden = item("h-" + suffix, "", "h-act-" + suffix, "web");
        hidden.put("visible", "maybe");
        Map<String, Object> badVisibility = new HashMap<>(discovery(suffix));
        badVisibility.put("items", new ArrayList<>(List.of(hidden)));
        given().contentType(ContentType.JSON).auth().oauth2(token).body(badVisibility)
                .put("/api/v1/admin/discovery")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"));

        given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(List.of(List.of(item("m-" + suffix, "", "m-" + suffix, "web"))))
                .put("/api/v1/admin/mine")
                .then().statusCode(400).body("details.field", hasItem("[0][0].actions[0].uid"));
    }

    @Test
    void onlyAdminsReplacePages() {
        TestUsers.SignedUp user = TestUsers.newUser();
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(discovery("x"))
                .put("/api/v1/admin/discovery").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(discovery("x"))
                .put("/api/v1/admin/discovery").then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(List.of())
                .put("/api/v1/admin/mine").then().statusCode(403);
        given().contentType(ContentType.JSON).body(List.of())
                .put("/api/v1/admin/mine").then().statusCode(401);
    }
}
