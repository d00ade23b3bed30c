package com.jkcloud.monitor.support;

import com.jkcloud.monitor.simulator.OneThingSimulator;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Seeds OneThing accounts in the simulator and binds them through the API. */
public final class OneThingFixtures {

    public static final String UPSTREAM_PASSWORD = "onething-pass-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Bound(String accountId, SimulatedAccount upstream) {
    }

    private OneThingFixtures() {
    }

    public static OneThingSimulator simulator() {
        return OneThingSimulatorResource.simulator();
    }

    /** A fresh OneThing phone login, seeded upstream with {@code devices} boxes. */
    public static SimulatedAccount phoneAccount(int devices) {
        long suffix = (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 1_000_000_000L;
        return simulator().addAccount("15" + String.format("%09d", suffix), UPSTREAM_PASSWORD, devices);
    }

    public static SimulatedAccount emailAccount(int devices) {
        return simulator().addAccount("owner" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@onething.example",
                UPSTREAM_PASSWORD, devices);
    }

    /** A new upstream account with every box online, bound as "Rack N" (N = its number of boxes). */
    public static SimulatedAccount bindAllOnline(String token, int devices) {
        SimulatedAccount upstream = phoneAccount(devices);
        upstream.devices().forEach(device -> simulator().setDeviceOnline(device.deviceSn()));
        bind(token, upstream, "Rack " + devices);
        return upstream;
    }

    public static Bound bind(String token, SimulatedAccount upstream, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("username", upstream.username(), "password", UPSTREAM_PASSWORD));
        if (name != null) {
            body.put("name", name);
        }
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/accounts")
                .then().statusCode(201)
                .extract().path("data.id");
        return new Bound(id, upstream);
    }

    public static Bound bindNew(String token, int devices) {
        return bind(token, phoneAccount(devices), null);
    }
}
