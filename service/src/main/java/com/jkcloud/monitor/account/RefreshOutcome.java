package com.jkcloud.monitor.account;

import com.jkcloud.monitor.onething.FailureKind;

import java.util.List;

/** What one refresh of an account found: its devices before and after, or why upstream failed. */
public sealed interface RefreshOutcome {

    record Refreshed(OneThingAccount account, List<Device> previousDevices, List<Device> currentDevices)
            implements RefreshOutcome {
    }

    record Failed(OneThingAccount account, FailureKind kind, String message) implements RefreshOutcome {
    }
}
