package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountRefresher;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedDevice;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class FleetQueryTest {

    @Inject
    AccountRefresher refresher;

    @Inject
    AccountRepository accounts;

    @Test
    void pagesInEveryOrderCoverTheFleetOnceWithoutSkippingOrRepeating() {
        TestUsers.SignedUp user = TestUsers.newUser();
        for (int account = 0; account < 3; account++) {
            OneThingFixtures.bindNew(user.token(), 5);
        }
        JsonPath whole = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/fleet").then().statusCode(200).extract().response());
        List<String> allSns = whole.getList("data.devices.deviceSn");
        assertEquals(15, allSns.size());

        for (String sort : List.of("deviceSn", "-deviceSn", "deviceName", "-status", "hardwareModel", "-updatedAt", "ip")) {
            List<String> seen = new ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                JsonPath answer = fleet(user, "size=4&page=" + page + "&sort=" + sort);
                assertEquals(15, answer.getInt("data.total"));
                assertEquals(page, answer.getInt("data.page"));
                seen.addAll(answer.getList("data.devices.deviceSn"));
            }
            assertEquals(15, seen.size(), sort);
            assertEquals(new HashSet<>(allSns), new HashSet<>(seen), "every device exactly once, sorted by " + sort);
        }
        List<String> descending = fleet(user, "size=15&sort=-deviceSn").getList("data.devices.deviceSn");
        List<String> expected = new ArrayList<>(allSns);
        expected.sort(java.util.Comparator.reverseOrder());
        assertEquals(expected, descending);
        assertEquals(List.of(), fleet(user, "size=4&page=5").getList("data.devices"), "past the end: an empty page");
    }

    @Test
    void filtersNarrowThePageAndTheCountsCoverTheWholeFilter() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound named = OneThingFixtures.bind(user.token(), OneThingFixtures.phoneAccount(3), "Rooftop Rack");
        OneThingFixtures.Bound other = OneThingFixtures.bindNew(user.token(), 4);
        List<SimulatedDevice> boxes = named.upstream().devices();
        boxes.forEach(box -> OneThingFixtures.simulator().setDeviceOnline(box.deviceSn()));
        other.upstream().devices().forEach(box -> OneThingFixtures.simulator().setDeviceOnline(box.deviceSn()));
        OneThingFixtures.simulator().setDeviceOffline(boxes.get(0).deviceSn());
        OneThingFixtures.simulator().setDeviceException(other.upstream().devices().get(1).deviceSn(), "DISK", "disk failed");
        refresh(named.accountId());
        refresh(other.accountId());

        JsonPath all = fleet(user, "size=2");
        assertEquals(7, all.getInt("data.total"));
        assertEquals(2, all.getList("data.devices").size());
        assertEquals(5, all.getInt("data.online"));
        assertEquals(1, all.getInt("data.offline"));
        assertEquals(1, all.getInt("data.exception"));
        assertEquals(Json.decimal(Json.exact(given().auth().oauth2(user.token()).get("/api/v1/fleet")
                .then().extract().response()), "data.yesterdayIncome"), Json.decimal(all, "data.yesterdayIncome"));

        JsonPath offline = fleet(user, "size=50&status=offline");
        assertEquals(List.of(boxes.get(0).deviceSn()), offline.getList("data.devices.deviceSn"));
        assertEquals(1, offline.getInt("data.total"));
        assertEquals(0, offline.getInt("data.online"));
        assertEquals(Json.decimal(offline, "data.devices[0].yesterdayIncome"), Json.decimal(offline, "data.yesterdayIncome"),
                "the filter's income is its devices' shares");

        JsonPath ofAccount = fleet(user, "size=50&accountId=" + named.accountId());
        assertEquals(3, ofAccount.getInt("data.total"));
        assertEquals(2, ofAccount.getInt("data.online"));

        JsonPath byAccountName = fleet(user, "size=50&q=rooftop");
        assertEquals(3, byAccountName.getInt("data.total"));

        String sn = other.upstream().devices().get(2).deviceSn();
        JsonPath bySn = fleet(user, "size=50&q=" + sn.substring(sn.length() - 6).toLowerCase());
        assertTrue(bySn.getList("data.devices.deviceSn").contains(sn));

        String ip = other.upstream().devices().get(3).ip();
        assertTrue(fleet(user, "size=50&q=" + ip).getList("data.devices.deviceSn")
                .contains(other.upstream().devices().get(3).deviceSn()));
        assertEquals(0, fleet(user, "size=50&q=" + "(.*").getInt("data.total"), "q is text, not a pattern");

        String group = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("name", "Roof"))
                .post("/api/v1/groups").then().statusCode(201).extract().path("data.id");
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("groupId", group))
                .patch("/api/v1/accounts/" + named.accountId()).then().statusCode(200);
        JsonPath ofGroup = fleet(user, "size=50&groupId=" + group + "&status=online");
        assertEquals(2, ofGroup.getInt("data.total"));
        BigDecimal shares = ofGroup.getList("data.devices.yesterdayIncome", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, shares.compareTo(Json.decimal(ofGroup, "data.yesterdayIncome")));
    }

    @Test
    void aPageAskedAgainShowsTheChangeOfARefreshTheOwnerAskedForAtOnce() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = twoOnlineBoxesOnAKeptPage(user);

        firstBoxGoesOffline(bound);
        refresh(bound.accountId());
        JsonPath after = fleet(user, "size=10");
        assertEquals(List.of(1, 1), List.of(after.getInt("data.online"), after.getInt("data.offline")),
                "the page kept from the first ask is dropped when a refresh changes the owner's devices");
    }

    @Test
    void afterAScheduledPollsChangeTheKeptPageIsAnsweredAtOnceAndAPageNotAskedYetShowsIt() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = twoOnlineBoxesOnAKeptPage(user);

        firstBoxGoesOffline(bound);
        refresher.refreshMarkedLater(accounts.findById(new ObjectId(bound.accountId())).await().atMost(WAIT)).await().atMost(WAIT);
        JsonPath kept = fleet(user, "size=10");
        assertEquals(List.of(2, 0), List.of(kept.getInt("data.online"), kept.getInt("data.offline")),
                "nobody waits for a scheduled poll: the kept page is answered while it reloads");
        JsonPath notAskedYet = fleet(user, "size=10&sort=-deviceName");
        assertEquals(List.of(1, 1), List.of(notAskedYet.getInt("data.online"), notAskedYet.getInt("data.offline")));
        assertEquals(List.of("offline"), notAskedYet.getList("data.devices.status").stream().filter("offline"::equals).toList());
    }

    @Test
    void badParametersAre400AndOtherUsersIdsAre404() {
        TestUsers.SignedUp user = TestUsers.newUser();
        TestUsers.SignedUp other = TestUsers.newUser();
        String theirAccount = OneThingFixtures.bindNew(other.token(), 1).accountId();
        String theirGroup = given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("name", "G"))
                .post("/api/v1/groups").then().statusCode(201).extract().path("data.id");

        for (String bad : List.of("size=0", "size=501", "size=ten", "size=5&page=0", "size=5&page=-1",
                "size=5&sort=encryptedPwd", "size=5&sort=-", "size=5&status=broken", "size=5&accountId=xyz",
                "size=5&groupId=xyz", "size=5&q=" + "a".repeat(101))) {
            given().auth().oauth2(user.token()).get("/api/v1/fleet?" + bad).then().statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"));
        }
        given().auth().oauth2(user.token()).get("/api/v1/fleet?size=5&accountId=" + theirAccount).then().statusCode(404);
        given().auth().oauth2(user.token()).get("/api/v1/fleet?size=5&groupId=" + theirGroup).then().statusCode(404);
        given().auth().oauth2(user.token()).get("/api/v1/fleet?size=5&accountId=" + new ObjectId()).then().statusCode(404);
        given().auth().oauth2(user.token()).get("/api/v1/fleet?size=500").then().statusCode(200)
                .body("data.total", equalTo(0));
    }

    /** An account with two boxes online, its fleet page (size=10) asked once and so kept. */
    private OneThingFixtures.Bound twoOnlineBoxesOnAKeptPage(TestUsers.SignedUp user) {
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 2);
        bound.upstream().devices().forEach(box -> OneThingFixtures.simulator().setDeviceOnline(box.deviceSn()));
        refresh(bound.accountId());
        JsonPath before = fleet(user, "size=10");
        assertEquals(List.of(2, 0), List.of(before.getInt("data.online"), before.getInt("data.offline")));
        return bound;
    }

    private static void firstBoxGoesOffline(OneThingFixtures.Bound bound) {
        OneThingFixtures.simulator().setDeviceOffline(bound.upstream().devices().get(0).deviceSn());
    }

    private void refresh(String accountId) {
        refresher.refresh(accounts.findById(new ObjectId(accountId)).await().atMost(WAIT)).await().atMost(WAIT);
    }

    private static JsonPath fleet(TestUsers.SignedUp user, String query) {
        return Json.exact(given().auth().oauth2(user.token()).get("/api/v1/fleet?" + query)
                .then().statusCode(200).extract().response());
    }
}
