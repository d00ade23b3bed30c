package com.jkcloud.monitor.common.crypto;

import io.smallrye.config.ConfigMapping;

/** {@code monitor.crypto.key}: base64 of the 32-byte AES key that seals stored credentials. */
@ConfigMapping(prefix = "monitor.crypto")
public interface CryptoConfig {

    String key();
}
