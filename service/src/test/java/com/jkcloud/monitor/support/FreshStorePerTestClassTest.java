package com.jkcloud.monitor.support;

import com.jkcloud.monitor.simulator.SimulatedAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FreshStorePerTestClassTest {

    @Test
    void aClassPollsOnlyItsOwnAccountsAndTheStoreKeepsItsUniqueKeys() {
        // what an earlier class leaves behind
        OneThingFixtures.bindNew(TestUsers.newUser().token(), 1);
        OneThingFixtures.bindNew(TestUsers.newUser().token(), 2);

        new FreshStorePerTestClass().beforeClass(getClass());

        TestUsers.SignedUp owner = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        OneThingFixtures.bind(owner.token(), upstream, null);
        given().auth().oauth2(TestUsers.admin().token()).post("/api/v1/admin/poll?all=true")
                .then().statusCode(200).body("data.accounts", equalTo(1));
        // the unique index on the upstream account survived: a second owner is still refused
        given().auth().oauth2(TestUsers.newUser().token()).contentType(ContentType.JSON)
                .body(Map.of("username", upstream.username(), "password", OneThingFixtures.UPSTREAM_PASSWORD))
                .post("/api/v1/accounts")
                .then().statusCode(409);
    }
}
