package com.jkcloud.monitor.app;

import com.jkcloud.monitor.support.AppDevices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** The one test that restarts the application: here the test client's 127.0.0.1 is not a trusted proxy. */
@QuarkusTest
@TestProfile(UntrustedLoopbackTest.OnlyClusterProxiesTrusted.class)
class UntrustedLoopbackTest {

    public static class OnlyClusterProxiesTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("monitor.trusted-proxies", "10.0.0.0/8");
        }
    }

    @Test
    void aForgedForwardedForFromAnUntrustedAddressIsIgnored() {
        String deviceId = AppDevices.newDeviceId("forged");
        AppDevices.register(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, null), "203.0.113.77, 10.0.0.1")
                .then().statusCode(200)
                .body("data.publicIp", equalTo("127.0.0.1"));
    }
}
