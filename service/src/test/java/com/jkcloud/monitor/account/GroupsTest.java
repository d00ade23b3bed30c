package com.jkcloud.monitor.account;

import com.jkcloud.monitor.support.ManyRequests;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class GroupsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void accountsJoinLeaveAndOutliveTheirGroup() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String first = OneThingFixtures.bindNew(user.token(), 1).accountId();
        String second = OneThingFixtures.bindNew(user.token(), 1).accountId();
        String home = createGroup(user, "Home").then().statusCode(201)
                .body("data.name", equalTo("Home")).body("data.accountCount", equalTo(0))
                .extract().path("data.id");
        createGroup(user, " home ").then().statusCode(409).body("error", equalTo("CONFLICT"));

        patchAccount(user, first, map("groupId", home)).then().statusCode(200).body("data.groupId", equalTo(home));
        patchAccount(user, second, map("groupId", home)).then().statusCode(200);
        assertEquals(List.of(2), groups(user).getList("data.accountCount"));

        patchAccount(user, first, map("name", "renamed")).then().statusCode(200)
                .body("data.name", equalTo("renamed")).body("data.groupId", equalTo(home));
        patchAccount(user, first, map("groupId", null)).then().statusCode(200).body("data.groupId", nullValue());
        assertEquals(List.of(1), groups(user).getList("data.accountCount"));

        authed(user).contentType(ContentType.JSON).body(Map.of("name", "Office")).patch("/api/v1/groups/" + home)
                .then().statusCode(200).body("data.name", equalTo("Office")).body("data.accountCount", equalTo(1));

        authed(user).delete("/api/v1/groups/" + home).then().statusCode(200);
        assertEquals(List.of(), groups(user).getList("data"));
        authed(user).get("/api/v1/accounts/" + second).then().statusCode(200).body("data.groupId", nullValue());
        assertEquals(2, authed(user).get("/api/v1/accounts").then().extract().jsonPath().getList("data").size(),
                "deleting a group keeps its accounts");
    }

    @Test
    void badNamesAre400AndOtherUsersGroupsAre404() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        TestUsers.SignedUp other = TestUsers.newUser();
        String theirs = createGroup(owner, "Theirs").then().statusCode(201).extract().path("data.id");
        String account = OneThingFixtures.bindNew(other.token(), 1).accountId();

        createGroup(other, "").then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"));
        createGroup(other, "x".repeat(65)).then().statusCode(400);
        authed(other).contentType(ContentType.JSON).body("{}").post("/api/v1/groups").then().statusCode(400);
        authed(other).contentType(ContentType.JSON).body("{").post("/api/v1/groups").then().statusCode(400)
                .body("error", equalTo("MALFORMED_JSON"));

        authed(other).contentType(ContentType.JSON).body(Map.of("name", "Mine")).patch("/api/v1/groups/" + theirs)
                .then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        authed(other).delete("/api/v1/groups/" + theirs).then().statusCode(404);
        authed(other).delete("/api/v1/groups/not-an-id").then().statusCode(404);
        patchAccount(other, account, map("groupId", theirs)).then().statusCode(404);
        patchAccount(other, account, map("groupId", "not-an-id")).then().statusCode(404);
        authed(other).get("/api/v1/accounts/" + account).then().body("data.groupId", nullValue());
        assertEquals(List.of("Theirs"), groups(owner).getList("data.name"), "the owner's group is untouched");
    }

    @Test
    void oneOfManyParallelCreatesOfOneNameWins() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        java.net.URI base = root.toURI();
        Map<Integer, Long> statuses = ManyRequests.send(100, i -> ManyRequests.to(base, "/api/v1/groups")
                .header("Authorization", "Bearer " + user.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + (i % 2 == 0 ? "Rack" : "RACK") + "\"}")).build());

        assertEquals(Map.of(201, 1L, 409, 99L), statuses);
        assertEquals(1, groups(user).getList("data").size());
    }

    private static io.restassured.response.Response createGroup(TestUsers.SignedUp user, String name) {
        return authed(user).contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/v1/groups");
    }

    private static io.restassured.response.Response patchAccount(TestUsers.SignedUp user, String accountId, Map<String, Object> body) {
        return authed(user).contentType(ContentType.JSON).body(body).patch("/api/v1/accounts/" + accountId);
    }

    private static io.restassured.path.json.JsonPath groups(TestUsers.SignedUp user) {
        return authed(user).get("/api/v1/groups").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification authed(TestUsers.SignedUp user) {
        return given().auth().oauth2(user.token());
    }

    private static Map<String, Object> map(String key, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put(key, value);
        return body;
    }
}
