package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.notify.address.WebhookTargets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which resolved addresses a webhook may not call (the tests' own app allows private targets, so this is checked here). */
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1"})
    void refusesLoopbackLinkLocalAndPrivateAddresses(String literal) throws Exception {
        assertTrue(WebhookTargets.isPrivate(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"})
    void letsPublicAddressesThrough(String literal) throws Exception {
        assertFalse(WebhookTargets.isPrivate(InetAddress.getByName(literal)), literal);
    }
}
