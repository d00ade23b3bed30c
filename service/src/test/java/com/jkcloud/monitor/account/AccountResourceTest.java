package com.jkcloud.monitor.account;

import com.jkcloud.monitor.onething.OneThingPasswords;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.jkcloud.monitor.support.OneThingFixtures.UPSTREAM_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class AccountResourceTest {

    @Inject
    AccountRepository accounts;

    @Test
    void bindsAPhoneAccountAndShowsItsDevicesAtOnce() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(2);

        String body = given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("username", upstream.username(), "password", UPSTREAM_PASSWORD, "name", "Living room"))
                .post("/api/v1/accounts")
                .then().statusCode(201)
                .body("code", equalTo(201))
                .body("data.username", equalTo(upstream.username()))
                .body("data.name", equalTo("Living room"))
                .body("data.loginType", equalTo("PHONE"))
                .body("data.status", equalTo("OK"))
                .body("data.createdAt", notNullValue())
                .body("data.lastPolledAt", notNullValue())
                .body("data.nextPollAt", notNullValue())
                .extract().asString();
        assertSecretsAbsent(body);
        String accountId = given().auth().oauth2(user.token()).get("/api/v1/accounts")
                .then().statusCode(200).body("data", hasSize(1)).extract().path("data[0].id");

        String devices = given().auth().oauth2(user.token()).get("/api/v1/accounts/" + accountId + "/devices")
                .then().statusCode(200)
                .body("data", hasSize(2))
                .body("data.deviceSn", hasItem(upstream.devices().get(0).deviceSn()))
                .body("data[0].accountId", equalTo(accountId))
                .body("data[0].status", oneOf("online", "offline", "exception"))
                .body("data[0].usbCapacityBytes", notNullValue())
                .extract().asString();
        assertSecretsAbsent(devices);
    }

    @Test
    void bindsAnEmailAccount() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.emailAccount(1);
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("username", upstream.username(), "password", UPSTREAM_PASSWORD))
                .post("/api/v1/accounts")
                .then().statusCode(201)
                .body("data.loginType", equalTo("EMAIL"));
    }

    @Test
    void storesTheUpstreamCredentialEncrypted() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        OneThingAccount stored = accounts.findById(new ObjectId(bound.accountId())).await().indefinitely();
        assertTrue(stored.encryptedPwd.startsWith("v1:"));
        assertFalse(stored.encryptedPwd.contains(OneThingPasswords.derivePwd(UPSTREAM_PASSWORD)));
        assertFalse(stored.encryptedPwd.contains(UPSTREAM_PASSWORD));
    }

    @Test
    void refusesAWrongUpstreamPasswordAndStoresNothing() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("username", upstream.username(), "password", "not-the-password"))
                .post("/api/v1/accounts")
                .then().statusCode(422)
                .body("error", equalTo("UPSTREAM_AUTH_FAILED"));
        given().auth().oauth2(user.token()).get("/api/v1/accounts").then().body("data", empty());
    }

    @Test
    void bindsAOneThingAccountOnlyOnce() {
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        OneThingFixtures.bind(TestUsers.newUser().token(), upstream, null);
        given().auth().oauth2(TestUsers.newUser().token()).contentType(ContentType.JSON)
                .body(Map.of("username", upstream.username(), "password", UPSTREAM_PASSWORD))
                .post("/api/v1/accounts")
                .then().statusCode(409)
                .body("error", equalTo("CONFLICT"));
    }

    @Test
    void answers5xxInTheEnvelopeWhenUpstreamIsDown() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        OneThingFixtures.simulator().setErrorRate(1.0);
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("username", upstream.username(), "password", UPSTREAM_PASSWORD))
                .post("/api/v1/accounts")
                .then().statusCode(oneOf(502, 503))
                .body("error", oneOf("UPSTREAM_ERROR", "UPSTREAM_UNAVAILABLE"));
        OneThingFixtures.simulator().reset();
        given().auth().oauth2(user.token()).get("/api/v1/accounts").then().body("data", empty());
    }

    @Test
    void validatesTheBindRequest() {
        TestUsers.SignedUp user = TestUsers.newUser();
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("username", "not-a-login", "password", UPSTREAM_PASSWORD))
                .post("/api/v1/accounts")
                .then().statusCode(400).body("details.field", hasItem("username"));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body("{\"username\": \"13800000000\"}")
                .post("/api/v1/accounts")
                .then().statusCode(400).body("details.field", hasItem("password"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "13800000000", "password", UPSTREAM_PASSWORD))
                .post("/api/v1/accounts")
                .then().statusCode(401);
    }

    @Test
    void anotherUsersAccountDoesNotExistForYou() {
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(TestUsers.newUser().token(), 1);
        String intruder = TestUsers.newUser().token();
        String path = "/api/v1/accounts/" + bound.accountId();
        given().auth().oauth2(intruder).get(path).then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        given().auth().oauth2(intruder).get(path + "/devices").then().statusCode(404);
        given().auth().oauth2(intruder).contentType(ContentType.JSON).body(Map.of("name", "mine now"))
                .patch(path).then().statusCode(404);
        given().auth().oauth2(intruder).delete(path).then().statusCode(404);
        given().auth().oauth2(intruder).get("/api/v1/accounts/not-an-id").then().statusCode(404);
        given().auth().oauth2(intruder).get("/api/v1/fleet").then().statusCode(200).body("data.devices", empty());
    }

    @Test
    void renamesAndReplacesThePasswordAfterCheckingItUpstream() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        String path = "/api/v1/accounts/" + bound.accountId();

        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("name", "Study"))
                .patch(path).then().statusCode(200).body("data.name", equalTo("Study"));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("password", "wrong-one"))
                .patch(path).then().statusCode(422).body("error", equalTo("UPSTREAM_AUTH_FAILED"));
        String body = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("password", UPSTREAM_PASSWORD))
                .patch(path).then().statusCode(200).body("data.status", equalTo("OK")).extract().asString();
        assertSecretsAbsent(body);
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body("{}")
                .patch(path).then().statusCode(400);
        given().auth().oauth2(user.token()).get(path).then().statusCode(200).body("data.name", equalTo("Study"));
    }

    @Test
    void unbindingRemovesTheAccountAndItsDevices() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 2);
        given().auth().oauth2(user.token()).get("/api/v1/fleet").then().body("data.devices", hasSize(2));

        given().auth().oauth2(user.token()).delete("/api/v1/accounts/" + bound.accountId()).then().statusCode(200);

        given().auth().oauth2(user.token()).get("/api/v1/accounts/" + bound.accountId()).then().statusCode(404);
        given().auth().oauth2(user.token()).get("/api/v1/fleet").then().body("data.devices", empty());
        // the same OneThing account can be bound again afterwards
        OneThingFixtures.bind(user.token(), bound.upstream(), null);
    }

    private static void assertSecretsAbsent(String body) {
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString(UPSTREAM_PASSWORD)));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString(OneThingPasswords.derivePwd(UPSTREAM_PASSWORD))));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("encryptedPwd")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("sessionid")));
    }
}
