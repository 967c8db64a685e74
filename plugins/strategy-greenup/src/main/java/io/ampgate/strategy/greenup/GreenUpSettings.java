package io.ampgate.strategy.greenup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The validated settings of the green-up strategy.
 *
 * @param zoneId the zone whose meter is the total-consumption meter and whose connectors are
 *     managed; empty for the root zone
 * @param maxCurrent I_max, the current available (A on the most loaded phase): the yellow/red threshold
 * @param chargingCurrent I_chg, the current for charging (A): the green/yellow threshold, {@code <= maxCurrent}
 * @param hysteresisPercent the band, in % of I_max, that the current must cross beyond a threshold
 *     to leave a colour
 * @param firstStepPercent the first reduction step, in % of each connector's rated current
 * @param secondStepPercent the second reduction step, below the first
 * @param minimumChargeAh the charge a session receives before red may stop it
 * @param settle the time between two actions (reduce, raise, stop, admit), so that the meter shows
 *     the effect of one action before the next
 * @param waitConnectors connectors held in Wait ("station" or "station/connector")
 * @param priorityConnectors connectors whose sessions are Priority ("station" or "station/connector")
 */
public record GreenUpSettings(
        String zoneId,
        double maxCurrent,
        double chargingCurrent,
        double hysteresisPercent,
        double firstStepPercent,
        double secondStepPercent,
        double minimumChargeAh,
        Duration settle,
        Set<String> waitConnectors,
        Set<String> priorityConnectors) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException with a message for the installer if a value is out of range
     */
    public GreenUpSettings {
        zoneId = zoneId == null ? "" : zoneId.trim();
        List<String> errors = new ArrayList<>();
        if (!(maxCurrent > 0) || Double.isInfinite(maxCurrent)) {
            errors.add("maximum current available (I_max) must be above 0 A, was " + maxCurrent);
        }
        if (!(chargingCurrent > 0) || Double.isInfinite(chargingCurrent)) {
            errors.add("maximum current for charging (I_chg) must be above 0 A, was " + chargingCurrent);
        } else if (chargingCurrent > maxCurrent) {
            errors.add("maximum current for charging (I_chg = " + chargingCurrent
                    + " A) must not exceed the maximum current available (I_max = " + maxCurrent + " A)");
        }
        percent(errors, "hysteresis", hysteresisPercent);
        percent(errors, "first reduction step", firstStepPercent);
        percent(errors, "second reduction step", secondStepPercent);
        if (secondStepPercent >= firstStepPercent) {
            errors.add("second reduction step (" + secondStepPercent
                    + " %) must be below the first reduction step (" + firstStepPercent + " %)");
        }
        if (!(minimumChargeAh >= 0) || Double.isInfinite(minimumChargeAh)) {
            errors.add("minimum guaranteed charge must be 0 Ah or more, was " + minimumChargeAh);
        }
        if (settle == null || settle.isNegative()) {
            errors.add("time between actions must be 0 s or more, was " + settle);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("green-up settings: " + String.join("; ", errors));
        }
        waitConnectors = Set.copyOf(waitConnectors);
        priorityConnectors = Set.copyOf(priorityConnectors);
    }

    private static void percent(List<String> errors, String name, double value) {
        if (!(value >= 0 && value <= 100)) {
            errors.add(name + " must be between 0 and 100 %, was " + value);
        }
    }

    /**
     * Settings with the defaults of the manual: hysteresis 0 %, steps 75 % and 50 %, 32 Ah, 10 s
     * between actions, no per-station modes.
     *
     * @param maxCurrent I_max in A
     * @param chargingCurrent I_chg in A
     * @return the settings for the root zone
     */
    public static GreenUpSettings defaults(double maxCurrent, double chargingCurrent) {
        return new GreenUpSettings("", maxCurrent, chargingCurrent, 0, 75, 50, 32, Duration.ofSeconds(10),
                Set.of(), Set.of());
    }

    /**
     * Reads the per-station session modes: entries {@code station=mode} or
     * {@code station/connector=mode} (several in one string separated by commas or semicolons, as a
     * {@code .cfg} file gives them), with mode {@code start}, {@code wait}, {@code normal} or
     * {@code priority} (case-insensitive); {@code start} and {@code normal} are the defaults and
     * only document the choice.
     *
     * @param entries the entries; blank ones are skipped
     * @return the connectors in Wait (index 0) and Priority (index 1)
     * @throws IllegalArgumentException for a malformed entry, or a connector set both to start and wait
     *     or both to normal and priority
     */
    public static List<Set<String>> parseModes(String[] entries) {
        Set<String> wait = new LinkedHashSet<>();
        Set<String> start = new LinkedHashSet<>();
        Set<String> priority = new LinkedHashSet<>();
        Set<String> normal = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        List<String> split = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry != null) {
                split.addAll(List.of(entry.split("[,;]")));
            }
        }
        for (String raw : split) {
            if (raw.isBlank()) {
                continue;
            }
            int eq = raw.indexOf('=');
            String target = eq < 0 ? "" : raw.substring(0, eq).trim();
            String mode = eq < 0 ? "" : raw.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            if (target.isEmpty() || !target.matches("[^/=\\s]+(/[1-9][0-9]*)?")) {
                errors.add("'" + raw.trim() + "' is not <station>=<mode> or <station>/<connector>=<mode>");
                continue;
            }
            Set<String> into = switch (mode) {
                case "wait" -> wait;
                case "start" -> start;
                case "priority" -> priority;
                case "normal" -> normal;
                default -> null;
            };
            if (into == null) {
                errors.add("'" + raw.trim() + "': the mode must be start, wait, normal or priority");
            } else {
                into.add(target);
            }
        }
        conflict(errors, wait, start, "wait", "start");
        conflict(errors, priority, normal, "priority", "normal");
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("green-up session modes: " + String.join("; ", errors));
        }
        return List.of(Set.copyOf(wait), Set.copyOf(priority));
    }

    private static void conflict(List<String> errors, Set<String> a, Set<String> b, String an, String bn) {
        for (String t : a) {
            if (b.contains(t)) {
                errors.add(t + " is set to both " + an + " and " + bn);
            }
        }
    }

    /**
     * The current of a reduction step for a connector.
     *
     * @param step 1 or 2
     * @param ratedA the connector's rated current
     * @return the step's maximum in A
     */
    double stepCurrent(int step, double ratedA) {
        return ratedA * (step == 1 ? firstStepPercent : secondStepPercent) / 100.0;
    }

    /** @return the hysteresis band in A */
    double hysteresisA() {
        return maxCurrent * hysteresisPercent / 100.0;
    }

    boolean isWait(String stationId, int connector) {
        return waitConnectors.contains(stationId) || waitConnectors.contains(stationId + "/" + connector);
    }

    boolean isPriority(String stationId, int connector) {
        return priorityConnectors.contains(stationId) || priorityConnectors.contains(stationId + "/" + connector);
    }

    /** Wait: as the operator set it for this session, otherwise as configured for the connector. */
    boolean isWait(String stationId, int connector, Session session) {
        return session != null && session.operatorWait != null ? session.operatorWait : isWait(stationId, connector);
    }

    /** Priority: as the operator set it for this session, otherwise as configured for the connector. */
    boolean isPriority(String stationId, int connector, Session session) {
        return session != null && session.operatorPriority != null ? session.operatorPriority
                : isPriority(stationId, connector);
    }
}
