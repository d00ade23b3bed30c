package com.jkcloud.monitor.export;

import com.jkcloud.monitor.common.time.ChinaDates;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class ExportsTest {

    @Inject
    Clock clock;

    @Test
    void theFleetFileHoldsWhatTheFleetShows() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.bind(user.token(), OneThingFixtures.phoneAccount(2), "北京机房");
        OneThingFixtures.bindNew(user.token(), 3);
        JsonPath fleet = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/fleet").then().extract().response());
        Map<String, BigDecimal> yesterdayBySn = new HashMap<>();
        List<Map<String, Object>> devices = fleet.getList("data.devices");
        devices.forEach(device -> yesterdayBySn.put((String) device.get("deviceSn"), new BigDecimal(device.get("yesterdayIncome").toString())));

        Response csv = download(user, "/api/v1/exports/fleet.csv");
        csv.then().header("Content-Type", startsWith("text/csv")).header("Content-Disposition", startsWith("attachment"));
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFaccountId,accountName,deviceSn,"), "BOM, then the header");
        List<String> lines = text.substring(1).lines().toList();
        assertEquals(6, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, BigDecimal> csvYesterday = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            csvYesterday.put(cells[header.indexOf("deviceSn")], new BigDecimal(cells[header.indexOf("yesterdayIncome")]));
        }
        assertEquals(yesterdayBySn, csvYesterday);
        assertTrue(text.contains("北京机房"), "Chinese names survive as UTF-8");

        List<Row> rows = sheet(download(user, "/api/v1/exports/fleet.xlsx").asByteArray());
        assertEquals(6, rows.size());
        int snColumn = header.indexOf("deviceSn");
        int yesterdayColumn = header.indexOf("yesterdayIncome");
        Map<String, BigDecimal> xlsxYesterday = rows.subList(1, rows.size()).stream().collect(Collectors.toMap(
                row -> row.getCellText(snColumn), row -> row.getCellAsNumber(yesterdayColumn).orElseThrow()));
        assertEquals(yesterdayBySn.keySet(), xlsxYesterday.keySet());
        yesterdayBySn.forEach((sn, coins) -> assertEquals(0, coins.compareTo(xlsxYesterday.get(sn)), sn));
    }

    @Test
    void theIncomeFileHasOneRowPerAccountPerDayAddingUpToTheStats() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.bindNew(user.token(), 2);
        OneThingFixtures.bindNew(user.token(), 1);
        LocalDate yesterday = ChinaDates.yesterday(clock);
        LocalDate from = yesterday.minusDays(6);
        JsonPath stats = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income?days=7").then().extract().response());
        Map<String, BigDecimal> statsByDate = new HashMap<>();
        List<Map<String, Object>> days = stats.getList("data.days");
        days.forEach(day -> statsByDate.put((String) day.get("date"), new BigDecimal(day.get("income").toString())));

        String query = "?from=" + from + "&to=" + yesterday;
        String text = new String(download(user, "/api/v1/exports/income.csv" + query).asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = text.substring(1).lines().toList();
        assertEquals("date,accountId,accountName,username,income", lines.get(0));
        assertEquals(1 + 7 * 2, lines.size(), "one row per account per day");
        Map<String, BigDecimal> csvByDate = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            csvByDate.merge(cells[0], new BigDecimal(cells[4]), BigDecimal::add);
        }
        assertEquals(statsByDate.keySet(), csvByDate.keySet());
        statsByDate.forEach((date, coins) -> assertEquals(0, coins.compareTo(csvByDate.get(date)), date));

        List<Row> rows = sheet(download(user, "/api/v1/exports/income.xlsx" + query).asByteArray());
        assertEquals(15, rows.size());
        BigDecimal xlsxTotal = rows.subList(1, rows.size()).stream()
                .map(row -> row.getCellAsNumber(4).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal statsTotal = statsByDate.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, statsTotal.compareTo(xlsxTotal));
    }

    @Test
    void theWithdrawalsFileListsEachAccountsDraw() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.bindNew(user.token(), 1);
        JsonPath drawn = Json.exact(given().auth().oauth2(user.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("{}").post("/api/v1/withdrawals").then().statusCode(200).extract().response());
        List<Map<String, Object>> results = drawn.getList("data.results");

        String text = new String(download(user, "/api/v1/exports/withdrawals.csv").asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = text.substring(1).lines().toList();
        assertEquals("withdrawalId,createdAt,completedAt,accountId,accountName,amount,status,message", lines.get(0));
        assertEquals(1 + results.size(), lines.size());
        for (Map<String, Object> result : results) {
            assertTrue(lines.stream().anyMatch(line -> line.contains((String) result.get("accountId"))
                    && line.contains("," + new BigDecimal(result.get("amount").toString()).toPlainString() + ",")
                    && line.contains("," + result.get("status"))), "a row for " + result);
        }
    }

    @Test
    void badRangesAre400AndOtherUsersGroupsAre404() {
        TestUsers.SignedUp user = TestUsers.newUser();
        TestUsers.SignedUp other = TestUsers.newUser();
        String theirGroup = given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("name", "G"))
                .post("/api/v1/groups").then().statusCode(201).extract().path("data.id");
        for (String bad : List.of("?from=2026-01-01&to=2027-01-02", "?from=2026-05-02&to=2026-05-01", "?from=yesterday",
                "?to=2026-13-01")) {
            for (String file : List.of("income.csv", "income.xlsx")) {
                given().auth().oauth2(user.token()).get("/api/v1/exports/" + file + bad).then().statusCode(400)
                        .body("error", equalTo("VALIDATION_FAILED"));
            }
        }
        given().auth().oauth2(user.token()).get("/api/v1/exports/income.csv?from=2025-06-01&to=2026-06-01").then().statusCode(200);
        given().auth().oauth2(user.token()).get("/api/v1/exports/income.csv?groupId=" + theirGroup).then().statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        given().get("/api/v1/exports/fleet.csv").then().statusCode(401);
    }

    private static Response download(TestUsers.SignedUp user, String path) {
        return given().auth().oauth2(user.token()).get(path).then().statusCode(200).extract().response();
    }

    private static List<Row> sheet(byte[] workbook) throws Exception {
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return read.getFirstSheet().read();
        }
    }
}
