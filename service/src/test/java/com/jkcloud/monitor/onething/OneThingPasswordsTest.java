package com.jkcloud.monitor.onething;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected values computed independently (Python hashlib, the slicing of ONETHING.md). */
class OneThingPasswordsTest {

    @Test
    void derivesPwdBySwappingHexPositionsOfTheMd5() {
        assertEquals("f72bb84b574a4f088dfc840f58195e66", OneThingPasswords.derivePwd("correct-horse-9"));
        assertEquals("549f17f828fcddf7de70586afc5dd60a", OneThingPasswords.derivePwd("abc123456"));
    }

    @Test
    void derivesDeviceIdentityFromTheUsername() {
        assertEquals("7945BD83237335E", OneThingPasswords.imeiId("13800138000"));
        assertEquals("7945BD83237335E5", OneThingPasswords.deviceId("13800138000"));
        assertEquals("7C4FF521986B4FF", OneThingPasswords.imeiId("demo@example.com"));
        assertEquals("7C4FF521986B4FF8", OneThingPasswords.deviceId("demo@example.com"));
    }
}
