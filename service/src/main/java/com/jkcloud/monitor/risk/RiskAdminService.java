package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.risk.api.BlacklistRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What operators do by hand: read suspects, list and lift blacklist entries. */
@ApplicationScoped
public class RiskAdminService {

    private static final Logger LOG = Logger.getLogger(RiskAdminService.class);

    private final RiskProfileRepository profiles;
    private final BlacklistRepository blacklist;
    private final RiskConfig config;
    private final Clock clock;

    public RiskAdminService(RiskProfileRepository profiles, BlacklistRepository blacklist, RiskConfig config, Clock clock) {
        this.profiles = profiles;
        this.blacklist = blacklist;
        this.config = config;
        this.clock = clock;
    }

    public Uni<List<RiskProfile>> suspects(int limit) {
        return profiles.suspects(limit);
    }

    public Uni<List<BlacklistEntry>> activeEntries() {
        return blacklist.listActive(clock.instant());
    }

    public Uni<BlacklistEntry> add(BlacklistRequest request, ObjectId operator) {
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() == null ? now.plus(config.blacklistTtl()) : Instant.ofEpochMilli(request.expiresAt());
        if (!expiresAt.isAfter(now)) {
            throw ApiException.invalidField("expiresAt", CommonMessage.INVALID_VALUE);
        }
        BlacklistEntry entry = new BlacklistEntry();
        entry.deviceId = request.deviceID().strip();
        entry.rule = RiskRule.MANUAL;
        entry.reason = request.reason() == null || request.reason().isBlank() ? "listed by an operator" : request.reason().strip();
        entry.evidence = new Document("operator", operator.toHexString());
        entry.createdAt = now;
        entry.expiresAt = expiresAt;
        return blacklist.put(entry)
                .call(() -> profiles.exemptUntil(entry.deviceId, null))
                .invoke(() -> LOG.infof("Operator %s blacklisted device %s until %s", operator, entry.deviceId, expiresAt))
                .replaceWith(entry);
    }

    /**
     * Lifts an entry. The operator has judged the device, so the automatic rules leave it alone for one
     * blacklist TTL; otherwise the next heartbeat from the same farm IP would list it again at once.
     */
    public Uni<Void> remove(String deviceId, ObjectId operator) {
        Instant now = clock.instant();
        return blacklist.removeActive(deviceId, now).flatMap(removed -> {
            if (!removed) {
                throw new ApiException(ErrorCode.NOT_FOUND, RiskMessage.NOT_BLACKLISTED);
            }
            LOG.infof("Operator %s lifted the blacklist entry of device %s", operator, deviceId);
            return profiles.exemptUntil(deviceId, now.plus(config.blacklistTtl()));
        });
    }
}
