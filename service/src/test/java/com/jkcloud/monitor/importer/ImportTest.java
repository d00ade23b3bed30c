package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ImportTest {

    @Inject
    ImportRepository imports;

    @Inject
    ImportRunner runner;

    @Inject
    ImportLineRepository lines;

    @Inject
    ImportService service;

    @Inject
    Clock clock;

    @Test
    void eachLineGetsItsOutcomeAndAReImportBindsNothingTwice() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount bound = OneThingFixtures.bindNew(user.token(), 1).upstream();
        SimulatedAccount fresh = OneThingFixtures.phoneAccount(2);
        SimulatedAccount wrongPassword = OneThingFixtures.phoneAccount(1);
        String pass = OneThingFixtures.UPSTREAM_PASSWORD;
        String body = "username,password,name,group\n"
                + fresh.username() + "," + pass + ",Imported box,Basement\n"
                + bound.username() + "," + pass + "\n"
                + wrongPassword.username() + ",not-the-password\n"
                + "not-a-login," + pass + "\n"
                + "13900000000\n";

        JsonPath started = given().auth().oauth2(user.token()).contentType("text/csv").body(body)
                .post("/api/v1/accounts/imports").then().statusCode(202)
                .body("data.status", equalTo("RUNNING")).body("data.total", equalTo(5)).body("data.done", equalTo(0))
                .extract().jsonPath();
        String id = started.getString("data.id");
        String events = given().auth().oauth2(user.token()).accept("text/event-stream")
                .get("/api/v1/accounts/imports/" + id + "/events").then().statusCode(200).extract().asString();
        List<String> data = events.lines().filter(line -> line.startsWith("data:")).toList();
        assertFalse(data.isEmpty());
        assertTrue(data.get(data.size() - 1).contains("\"status\":\"DONE\""), "the stream ends with DONE: " + events);

        JsonPath done = given().auth().oauth2(user.token()).get("/api/v1/accounts/imports/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("DONE", done.getString("data.status"));
        assertEquals(5, done.getInt("data.done"));
        assertEquals(1, done.getInt("data.bound"));
        assertEquals(1, done.getInt("data.skipped"));
        assertEquals(3, done.getInt("data.failed"));
        Map<Integer, String> byLine = outcomes(done);
        assertEquals(Map.of(2, "BOUND", 3, "ALREADY_BOUND", 4, "UPSTREAM_AUTH_FAILED", 5, "INVALID", 6, "INVALID"), byLine);
        assertFalse(given().auth().oauth2(user.token()).get("/api/v1/accounts/imports/" + id).asString().contains(pass),
                "no password in the answer");
        assertTrue(imports.findById(new ObjectId(id)).await().atMost(WAIT).pending.isEmpty(), "no sealed password kept once done");

        String accountId = done.getString("data.results.find { it.status == 'BOUND' }.accountId");
        JsonPath account = given().auth().oauth2(user.token()).get("/api/v1/accounts/" + accountId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Imported box", account.getString("data.name"));
        List<Map<String, Object>> groups = given().auth().oauth2(user.token()).get("/api/v1/groups").then().extract().jsonPath().getList("data");
        assertEquals(1, groups.size());
        assertEquals("Basement", groups.get(0).get("name"));
        assertEquals(groups.get(0).get("id"), account.getString("data.groupId"));
        assertEquals(3, given().auth().oauth2(user.token()).get("/api/v1/fleet").then().extract().jsonPath()
                .getList("data.devices").size(), "the imported account's 2 boxes were polled at once, as after a bind");

        String again = given().auth().oauth2(user.token()).contentType("text/plain").body(body)
                .post("/api/v1/accounts/imports").then().statusCode(202).extract().path("data.id");
        given().auth().oauth2(user.token()).accept("text/event-stream").get("/api/v1/accounts/imports/" + again + "/events");
        JsonPath replayed = given().auth().oauth2(user.token()).get("/api/v1/accounts/imports/" + again).then().extract().jsonPath();
        assertEquals("ALREADY_BOUND", outcomes(replayed).get(2));
        assertEquals(0, replayed.getInt("data.bound"));
        assertEquals(2, given().auth().oauth2(user.token()).get("/api/v1/accounts").then().extract().jsonPath().getList("data").size());
    }

    @Test
    void tenThousandLinesOfFullLengthAreTakenInOneImport() {
        TestUsers.SignedUp user = TestUsers.newUser();
        StringBuilder lines = new StringBuilder("username,password,name,group\n");
        for (int line = 0; line < 10_000; line++) {
            // not a phone or an e-mail address: each line is INVALID without an upstream call
            lines.append(String.format("box-owner-%06d,a-long-password-%06d,机柜 A 第 %04d 台,Rack %02d%n", line, line, line, line % 50));
        }
        assertTrue(lines.length() > 512 * 1024, "the body is larger than the old limit");
        given().auth().oauth2(user.token()).contentType("text/csv").body(lines.toString()).post("/api/v1/accounts/imports")
                .then().statusCode(202).body("data.total", equalTo(10_000));
    }

    @Test
    void overTheLimitIsRefusedBeforeAnythingIsStoredAndOtherUsersImportsAre404() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String tooMany = "1,p\n".repeat(10_001);
        given().auth().oauth2(user.token()).contentType("text/plain").body(tooMany).post("/api/v1/accounts/imports")
                .then().statusCode(413).body("error", equalTo("PAYLOAD_TOO_LARGE"));
        given().auth().oauth2(user.token()).contentType("text/plain").body("").post("/api/v1/accounts/imports")
                .then().statusCode(400);
        given().auth().oauth2(user.token()).contentType("application/json").body("{\"lines\":[]}").post("/api/v1/accounts/imports")
                .then().statusCode(400);
        assertEquals(0L, imports.count("ownerId", new ObjectId(user.id())).await().atMost(WAIT));

        String id = given().auth().oauth2(user.token()).contentType("application/json")
                .body("{\"lines\":[{\"username\":\"not-a-login\",\"password\":\"x\"}]}").post("/api/v1/accounts/imports")
                .then().statusCode(202).extract().path("data.id");
        TestUsers.SignedUp other = TestUsers.newUser();
        given().auth().oauth2(other.token()).get("/api/v1/accounts/imports/" + id).then().statusCode(404);
        given().auth().oauth2(other.token()).get("/api/v1/accounts/imports/" + new ObjectId()).then().statusCode(404);
        given().auth().oauth2(other.token()).get("/api/v1/accounts/imports/nope").then().statusCode(404);
    }

    @Test
    void aStoppedReplicasImportIsFinishedByTheResumeJobWithoutRedoingItsDoneLines() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        AccountImport job = abandonedBy(user, 2);
        job.done = 1;
        job.failed = 1;
        ImportLine done = ImportLine.pending(job.id, 1, "not-a-login", null, null, null);
        done.status = AccountImport.Outcome.INVALID;
        done.message = "recorded before the stop";
        ImportLine pending = ImportLine.pending(job.id, 2, upstream.username(), runner.seal(job.id, 2, OneThingFixtures.UPSTREAM_PASSWORD), null, null);
        lines.store(List.of(done, pending)).flatMap(stored -> imports.persist(job)).await().atMost(WAIT);

        service.resumeAbandoned().await().atMost(WAIT);

        JsonPath finished = given().auth().oauth2(user.token()).get("/api/v1/accounts/imports/" + job.id.toHexString())
                .then().statusCode(200).extract().jsonPath();
        assertEquals("DONE", finished.getString("data.status"));
        assertEquals(Map.of(1, "INVALID", 2, "BOUND"), outcomes(finished));
        assertEquals("recorded before the stop", finished.getString("data.results[0].message"));
        assertEquals(List.of(2, 1, 1, 0), List.of(finished.getInt("data.done"), finished.getInt("data.bound"),
                finished.getInt("data.failed"), finished.getInt("data.skipped")));
        assertTrue(lines.findById(ImportLine.key(job.id, 2)).await().atMost(WAIT).sealedPassword == null, "the sealed password goes once done");
    }

    @Test
    void anImportLeftPendingByAStoppedReplicaIsFinishedByTheResumeJob() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        AccountImport job = abandonedBy(user, 1); // as an older version stored it: its lines inside
        AccountImport.PendingLine line = new AccountImport.PendingLine();
        line.line = 1;
        line.username = upstream.username();
        line.sealedPassword = runner.seal(job.id, 1, OneThingFixtures.UPSTREAM_PASSWORD);
        job.pending.add(line);
        imports.persist(job).await().atMost(WAIT);

        service.resumeAbandoned().await().atMost(WAIT);

        JsonPath done = given().auth().oauth2(user.token()).get("/api/v1/accounts/imports/" + job.id.toHexString())
                .then().statusCode(200).extract().jsonPath();
        assertEquals("DONE", done.getString("data.status"));
        assertEquals(Map.of(1, "BOUND"), outcomes(done));
        assertNotNull(done.getString("data.results[0].accountId"));
        assertTrue(imports.findById(job.id).await().atMost(WAIT).pending.isEmpty());
    }

    /** A running import of the user's whose replica stopped five minutes ago (its claim has lapsed). */
    private AccountImport abandonedBy(TestUsers.SignedUp user, int lines) {
        AccountImport job = new AccountImport();
        job.id = new ObjectId();
        job.ownerId = new ObjectId(user.id());
        job.status = AccountImport.Status.RUNNING;
        job.total = lines;
        job.createdAt = clock.instant().minus(Duration.ofMinutes(10));
        job.updatedAt = job.createdAt;
        job.leaseOwner = "a-replica-that-stopped";
        job.leaseUntil = clock.instant().minus(Duration.ofMinutes(5));
        return job;
    }

    private static Map<Integer, String> outcomes(JsonPath importView) {
        List<Map<String, Object>> results = importView.getList("data.results");
        return results.stream().collect(Collectors.toMap(result -> (Integer) result.get("line"), result -> (String) result.get("status")));
    }
}
