package com.jkcloud.monitor.risk;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Rule 2: cheap or fake phones, judged from what the device reports about itself. */
@ApplicationScoped
public class DeviceFactsRules {

    /** Matched as whole words only: "sdk" in "sdk_gphone_x86", not in "sdkmanager-free". */
    private static final Set<String> EMULATOR_WORDS = Set.of("generic", "sdk");
    /** Matched anywhere: "ranchu" in "ranchu64", "vbox86" in "vbox86p". */
    private static final List<String> EMULATOR_MARKS = List.of("goldfish", "ranchu", "vbox86", "genymotion");

    private final LowEndModels lowEndModels;
    private final RiskConfig config;

    public DeviceFactsRules(LowEndModels lowEndModels, RiskConfig config) {
        this.lowEndModels = lowEndModels;
        this.config = config;
    }

    public List<RiskReason> evaluate(DeviceFacts facts, Instant at) {
        List<RiskReason> reasons = new ArrayList<>();
        emulatorMark(facts).ifPresent(mark -> reasons.add(new RiskReason(RiskRule.EMULATOR, "emulator fingerprint: " + mark, at)));
        if (containsIgnoringCase(facts.fingerprint(), "test-keys") || containsIgnoringCase(facts.display(), "test-keys")) {
            reasons.add(new RiskReason(RiskRule.TEST_KEYS, "build signed with test-keys", at));
        }
        if (Boolean.TRUE.equals(facts.root())) {
            reasons.add(new RiskReason(RiskRule.ROOTED, "device reports root", at));
        }
        if (isLowResolution(facts)) {
            reasons.add(new RiskReason(RiskRule.LOW_RESOLUTION,
                    "screen " + facts.displayWidth() + "x" + facts.displayHeight(), at));
        }
        if (lowEndModels.contains(facts.brand(), facts.model())) {
            reasons.add(new RiskReason(RiskRule.LOW_END_MODEL, "low-end model " + facts.brand() + " " + facts.model(), at));
        }
        return reasons;
    }

    private java.util.Optional<String> emulatorMark(DeviceFacts facts) {
        return Stream.of(facts.fingerprint(), facts.model(), facts.product(), facts.manufacturer(), facts.brand())
                .filter(value -> value != null && !value.isBlank())
                .map(value -> value.toLowerCase(Locale.ROOT))
                .flatMap(value -> Stream.concat(
                        EMULATOR_MARKS.stream().filter(value::contains),
                        Stream.of(value.split("[^a-z0-9]+")).filter(EMULATOR_WORDS::contains)))
                .findFirst();
    }

    private boolean isLowResolution(DeviceFacts facts) {
        Integer width = facts.displayWidth();
        Integer height = facts.displayHeight();
        return width != null && height != null && width > 0 && height > 0
                && Math.min(width, height) < config.minShortSide();
    }

    private static boolean containsIgnoringCase(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part);
    }
}
