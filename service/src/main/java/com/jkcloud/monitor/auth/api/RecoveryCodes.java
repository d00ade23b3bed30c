package com.jkcloud.monitor.auth.api;

import java.util.List;

/** The ten single-use recovery codes, answered once when 2FA is turned on. */
public record RecoveryCodes(List<String> recoveryCodes) {

    @Override
    public String toString() {
        return "RecoveryCodes[***]";
    }
}
