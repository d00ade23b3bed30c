package com.jkcloud.monitor.onething;

import io.smallrye.mutiny.Uni;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The one entry point to the OneThing upstream for the rest of the service. It keeps a session per
 * OneThing account (logging in again with the stored pwd once when a session has expired), applies the
 * resilience policy and the proxy pool, and answers typed results instead of throwing.
 */
public interface OneThingGateway {

    /** A fresh login: verifies the credentials (used when binding or replacing a password). */
    Uni<OneThingResult<Void>> login(OneThingCredentials credentials);

    Uni<OneThingResult<List<UpstreamDevice>>> devices(OneThingCredentials credentials);

    Uni<OneThingResult<UsbUsage>> usb(OneThingCredentials credentials, String deviceId);

    /** Current month's entries; the previous month's too when {@code includePreviousMonth}. */
    Uni<OneThingResult<IncomeHistory>> incomes(OneThingCredentials credentials, boolean includePreviousMonth);

    /** {@code totalOutcome}: coins withdrawn over the account's lifetime. */
    Uni<OneThingResult<BigDecimal>> totalWithdrawn(OneThingCredentials credentials);

    /** Draws {@code amount} coins; {@code peerId} is one of the account's devices. Ok carries upstream's message. */
    Uni<OneThingResult<String>> withdraw(OneThingCredentials credentials, BigDecimal amount, String peerId);

    /** {@code info/query}: market data, no session needed. */
    Uni<OneThingResult<Map<String, Object>>> marketInfo();
}
