package com.jkcloud.monitor.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Registers app devices and sends heartbeats through the API, each from the public IP a test chooses. */
public final class AppDevices {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AppDevices() {
    }

    public static String newDeviceId(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    /** A public (untrusted) address in 198.18.0.0/15, different for every call. */
    public static String newPublicIp() {
        int next = SEQUENCE.incrementAndGet() + ThreadLocalRandom.current().nextInt(0, 1 << 16);
        return "198." + (18 + ((next >> 16) & 1)) + "." + ((next >> 8) & 0xFF) + "." + (next & 0xFF);
    }

    /** A location nobody else uses: far apart random spots. */
    /**
     * A random place at the centre of a ~10 m spot (coordinates round to 4 decimals), so that points a few metres away
     * still round to the same spot and a test never straddles a cell boundary by chance.
     */
    public static double[] newSpot() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new double[]{cellCentre(random.nextDouble(-60, 60)), cellCentre(random.nextDouble(-170, 170))};
    }

    /** Spots round to 4 decimals, so a cell is centred on a multiple of 0.0001. */
    private static double cellCentre(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    /** An ordinary mid-range phone with an ordinary screen, no location. */
    public static Map<String, Object> ordinaryPhone() {
        Map<String, Object> device = new HashMap<>();
        device.put("brand", "HUAWEI");
        device.put("display", "ELS-AN00 2.0.0.128");
        device.put("displayHeight", "2340");
        device.put("displayWidth", "1080");
        device.put("fingerprint", "HUAWEI/ELS-AN00/HWELS:10/HUAWEIELS-AN00/102.0.0.128:user/release-keys");
        device.put("manufacturer", "HUAWEI");
        device.put("model", "ELS-AN00");
        device.put("product", "ELS-AN00");
        return device;
    }

    public static Map<String, Object> body(String deviceId, Map<String, Object> device, Map<String, Object> os, double[] spot) {
        Map<String, Object> data = new HashMap<>();
        data.put("deviceID", deviceId);
        data.put("app", Map.of("debug", "false", "versionCode", "120", "versionName", "1.2.0"));
        data.put("device", device);
        data.put("os", os == null ? Map.of("host", "build-host", "root", "false", "version", "10") : os);
        if (spot != null) {
            data.put("location", Map.of("latitude", spot[0], "longitude", spot[1], "address", "somewhere"));
        }
        return Map.of("message", "launch", "data", data);
    }

    public static Response register(Map<String, Object> body, String publicIp) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", publicIp)
                .header("Platform", "Android").header("AppVersion", "120")
                .body(body)
                .post("/api/v1/devices");
    }

    public static void registerOrdinary(String deviceId, String publicIp) {
        register(body(deviceId, ordinaryPhone(), null, null), publicIp).then().statusCode(200);
    }

    public static Response heartbeat(String deviceId, String publicIp) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", publicIp)
                .body(Map.of("deviceID", deviceId))
                .post("/api/v1/mining/heartbeats");
    }
}
