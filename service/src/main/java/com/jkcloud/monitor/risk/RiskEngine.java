package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates registrations and heartbeats as they arrive. Every rule works on one small document
 * (the device's profile, the IP's window, the spot's cluster), never on a scan of all activity.
 */
@ApplicationScoped
public class RiskEngine {

    private static final Logger LOG = Logger.getLogger(RiskEngine.class);
    private static final java.time.Duration LAST_SEEN_PRECISION = java.time.Duration.ofMinutes(1);
    private static final int COMPACT_AT_LEAST = 16;

    private final RiskProfileRepository profiles;
    private final IpWindowRepository ipWindows;
    private final LocationClusterRepository clusters;
    private final BlacklistRepository blacklist;
    private final DeviceFactsRules deviceFactsRules;
    private final RiskConfig config;
    private final Clock clock;

    public RiskEngine(RiskProfileRepository profiles, IpWindowRepository ipWindows, LocationClusterRepository clusters,
                      BlacklistRepository blacklist, DeviceFactsRules deviceFactsRules, RiskConfig config, Clock clock) {
        this.profiles = profiles;
        this.ipWindows = ipWindows;
        this.clusters = clusters;
        this.blacklist = blacklist;
        this.deviceFactsRules = deviceFactsRules;
        this.config = config;
        this.clock = clock;
    }

    /** Rules 2 and 3, on every registration. */
    public Uni<Void> onRegistration(DeviceActivity activity) {
        Instant now = activity.at();
        List<RiskReason> deviceReasons = deviceFactsRules.evaluate(activity.facts(), now);
        String spot = Spots.of(activity.latitude(), activity.longitude());
        return profiles.recordRegistration(activity.deviceId(), now)
                .call(profile -> rememberIp(profile, activity.publicIp()))
                .call(profile -> moveToSpot(profile, spot, now))
                .flatMap(before -> profiles.setDeviceFacts(activity.deviceId(), deviceReasons, spot))
                .flatMap(after -> rescore(after, now));
    }

    /** Rule 1, on every heartbeat; fails with 403 {@code BLACKLISTED} (or 404 for an unknown device). */
    public Uni<Void> onHeartbeat(String deviceId, String publicIp) {
        Instant now = clock.instant();
        return Uni.combine().all()
                .unis(profiles.findById(deviceId), blacklist.findActive(deviceId, now))
                .asTuple()
                .flatMap(seen -> {
                    RiskProfile profile = seen.getItem1();
                    if (profile == null) {
                        throw new ApiException(ErrorCode.NOT_FOUND, RiskMessage.DEVICE_NOT_REGISTERED);
                    }
                    if (seen.getItem2() != null) {
                        throw new ApiException(ErrorCode.BLACKLISTED);
                    }
                    return Uni.combine().all()
                            .unis(touch(profile, now), rememberIp(profile, publicIp), checkSharedIp(profile, publicIp, now))
                            .with((touched, remembered, listed) -> (Boolean) listed);
                })
                .flatMap(listed -> {
                    if (listed) {
                        throw new ApiException(ErrorCode.BLACKLISTED);
                    }
                    return Uni.createFrom().voidItem();
                });
    }

    /** {@code lastSeen} is for operators; a minute's precision saves a write on almost every heartbeat. */
    private Uni<Void> touch(RiskProfile profile, Instant now) {
        if (profile.lastSeen != null && profile.lastSeen.isAfter(now.minus(LAST_SEEN_PRECISION))) {
            return Uni.createFrom().voidItem();
        }
        return profiles.touch(profile.deviceId, now);
    }

    public Uni<Boolean> isBlacklisted(String deviceId) {
        return blacklist.findActive(deviceId, clock.instant()).map(entry -> entry != null);
    }

    /** Answers whether this device is blacklisted now because its IP is a farm. */
    private Uni<Boolean> checkSharedIp(RiskProfile profile, String ip, Instant now) {
        Instant cutoff = now.minus(config.window());
        return ipWindows.recordBeat(ip, profile.deviceId, now, config.maxDevicesPerIp()).flatMap(window -> {
            Map<String, Instant> recent = latestBeatPerDevice(window, cutoff);
            Uni<Void> compacted = compactIfWasteful(window, recent);
            if (recent.size() < config.ipDevices()) {
                return compacted.replaceWith(false);
            }
            if (profile.isExempt(now)) {
                return Uni.createFrom().item(false);
            }
            return compacted.flatMap(done -> blacklistFarm(ip, recent, now)).map(listed -> listed.contains(profile.deviceId));
        });
    }

    /**
     * Beats are appended; old and repeated entries are dropped in one rewrite once they are the majority,
     * which keeps the window small at about one write per heartbeat.
     */
    private Uni<Void> compactIfWasteful(IpWindow window, Map<String, Instant> recent) {
        int length = window.beats == null ? 0 : window.beats.size();
        if (length <= Math.max(COMPACT_AT_LEAST, 2 * recent.size())) {
            return Uni.createFrom().voidItem();
        }
        List<IpBeat> compacted = recent.entrySet().stream().map(beat -> new IpBeat(beat.getKey(), beat.getValue())).toList();
        return ipWindows.compact(window.ip, length, compacted);
    }

    private static Map<String, Instant> latestBeatPerDevice(IpWindow window, Instant cutoff) {
        Map<String, Instant> latest = new LinkedHashMap<>();
        if (window == null || window.beats == null) {
            return latest;
        }
        window.beats.stream()
                .filter(beat -> beat.at != null && beat.at.isAfter(cutoff))
                .sorted(Comparator.comparing(beat -> beat.at))
                .forEach(beat -> latest.put(beat.deviceId, beat.at));
        return latest;
    }

    /** Lists every device of the farm except those an operator exempted; answers the ones listed. */
    private Uni<List<String>> blacklistFarm(String ip, Map<String, Instant> devices, Instant now) {
        Document evidence = new Document("ip", ip)
                .append("windowMs", config.window().toMillis())
                .append("devices", devices.entrySet().stream()
                        .map(beat -> new Document("deviceID", beat.getKey()).append("at", beat.getValue().toEpochMilli()))
                        .toList());
        String detail = devices.size() + " devices mining from " + ip + " within " + config.window().toMinutes() + " min";
        LOG.warnf("Farm detected: %s", detail);
        List<Uni<String>> listings = devices.keySet().stream()
                .map(deviceId -> profiles.setSharedIpReason(deviceId, new RiskReason(RiskRule.SHARED_IP, detail, now))
                        .flatMap(profile -> {
                            if (profile != null && profile.isExempt(now)) {
                                return Uni.createFrom().<String>nullItem();
                            }
                            return list(deviceId, RiskRule.SHARED_IP, detail, evidence, now)
                                    .call(listed -> profile == null ? Uni.createFrom().voidItem()
                                            : profiles.setScore(deviceId, profile.computedScore()))
                                    .replaceWith(deviceId);
                        }))
                .toList();
        return Uni.join().all(listings).andCollectFailures()
                .map(listed -> listed.stream().filter(deviceId -> deviceId != null).toList());
    }

    /** Rule 3: leaves the old spot's cluster and joins the new one. */
    private Uni<Void> moveToSpot(RiskProfile profile, String spot, Instant now) {
        if (spot != null && spot.equals(profile.locationKey)) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> leaveOld = profile.locationKey == null ? Uni.createFrom().voidItem()
                : clusters.leave(profile.locationKey, profile.deviceId)
                .flatMap(old -> profiles.setLocationReason(profile.deviceId, null)
                        .flatMap(cleared -> dissolveIfSmall(old, now)));
        if (spot == null) {
            return leaveOld;
        }
        return leaveOld.flatMap(left -> clusters.join(spot, profile.deviceId)).flatMap(cluster -> {
            int size = cluster.deviceIds.size();
            if (size < config.locationDevices()) {
                return Uni.createFrom().voidItem();
            }
            // At the threshold every member gets the reason; past it only the newcomer still needs it.
            List<String> toMark = size == config.locationDevices() ? cluster.deviceIds : List.of(profile.deviceId);
            String detail = size + " devices at " + spot;
            return Uni.join().all(toMark.stream()
                            .map(deviceId -> profiles.setLocationReason(deviceId, new RiskReason(RiskRule.LOCATION_CLUSTER, detail, now))
                                    .flatMap(marked -> deviceId.equals(profile.deviceId) ? Uni.createFrom().voidItem()
                                            : rescore(marked, now)))
                            .toList())
                    .andCollectFailures().replaceWithVoid();
        });
    }

    private Uni<Void> dissolveIfSmall(LocationCluster cluster, Instant now) {
        if (cluster == null || cluster.deviceIds.size() >= config.locationDevices() || cluster.deviceIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(cluster.deviceIds.stream()
                        .map(deviceId -> profiles.setLocationReason(deviceId, null).flatMap(after -> rescore(after, now)))
                        .toList())
                .andCollectFailures().replaceWithVoid();
    }

    /** Stores the derived score and blacklists the device when it reached the limit. */
    private Uni<Void> rescore(RiskProfile profile, Instant now) {
        if (profile == null) {
            return Uni.createFrom().voidItem();
        }
        int score = profile.computedScore();
        Uni<Void> stored = score == profile.score ? Uni.createFrom().voidItem() : profiles.setScore(profile.deviceId, score);
        if (score < config.blacklistScore() || profile.isExempt(now) || profile.sharedIpReason != null) {
            return stored;
        }
        Document evidence = new Document("score", score)
                .append("threshold", config.blacklistScore())
                .append("reasons", profile.reasons().stream()
                        .map(reason -> new Document("rule", reason.rule.name()).append("points", reason.points)
                                .append("detail", reason.detail).append("at", reason.at.toEpochMilli()))
                        .toList());
        String detail = "risk score " + score + " reached " + config.blacklistScore();
        return stored.flatMap(ignored -> list(profile.deviceId, RiskRule.SCORE, detail, evidence, now)).replaceWithVoid();
    }

    private Uni<Boolean> list(String deviceId, RiskRule rule, String reason, Document evidence, Instant now) {
        BlacklistEntry entry = new BlacklistEntry();
        entry.deviceId = deviceId;
        entry.rule = rule;
        entry.reason = reason;
        entry.evidence = evidence;
        entry.createdAt = now;
        entry.expiresAt = now.plus(config.blacklistTtl());
        return blacklist.putIfNotListed(entry, now).invoke(listed -> {
            if (listed) {
                LOG.warnf("Device %s blacklisted until %s: %s", deviceId, entry.expiresAt, reason);
            }
        });
    }

    private Uni<Void> rememberIp(RiskProfile profile, String ip) {
        if (ip == null || (profile.ips != null && profile.ips.contains(ip))) {
            return Uni.createFrom().voidItem();
        }
        return profiles.addRecentIp(profile.deviceId, ip);
    }
}
