package io.ampgate.ocpp.central;

import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.message.ChangeConfigurationRequest;
import io.ampgate.ocpp.message.ChangeConfigurationResponse;
import io.ampgate.ocpp.message.ConfigurationStatus;
import io.ampgate.ocpp.message.Measurand;
import io.ampgate.ocpp.message.Messages;
import io.ampgate.store.event.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Asks a registered station, each time it is ready (accepted boot, reconnect), to report what the
 * energy manager needs: {@value #INTERVAL} and {@value #SAMPLED_DATA} through ChangeConfiguration.
 * Never waits for the answers; a refusal is an event of the station, tried again at its next boot
 * or reconnect, never in a loop.
 */
final class MeteringSetup {

    /** The code of the events this records. */
    static final String CODE = "metering-setup";
    static final String INTERVAL = "MeterValueSampleInterval";
    static final String SAMPLED_DATA = "MeterValuesSampledData";
    /** The default of {@code meterValueSampleInterval}, in seconds. */
    static final int DEFAULT_INTERVAL = 10;
    /** The default of {@code meterValuesSampledData}. */
    static final String DEFAULT_MEASURANDS = "Current.Import,Power.Active.Import,Energy.Active.Import.Register";

    private static final Logger LOG = Logger.getLogger(MeteringSetup.class.getName());
    private static final List<String> MEASURANDS = Arrays.stream(Measurand.values()).map(Messages::wireName).toList();
    private static final List<String> PHASES = Arrays.stream(io.ampgate.ocpp.message.Phase.values())
            .map(Messages::wireName).toList();

    /**
     * What each station is asked to report, checked.
     *
     * @param sampleInterval seconds between samples, 0 to leave the station's own setting
     * @param sampledData the measurands (OCPP 1.6 wire names), empty to leave the station's own setting
     */
    record Wanted(int sampleInterval, List<String> sampledData) {

        /** Nothing to send: stations keep their own metering. */
        static final Wanted NOTHING = new Wanted(0, List.of());

        Wanted {
            if (sampleInterval < 0) {
                throw new IllegalArgumentException("meterValueSampleInterval must be 0 (leave the station's own) "
                        + "or a number of seconds, not " + sampleInterval);
            }
            sampledData = List.copyOf(sampledData);
            sampledData.forEach(MeteringSetup::requireMeasurand);
        }

        /** The settings as configured; {@code measurands} is a comma-separated list, blank for none. */
        static Wanted of(int sampleInterval, String measurands) {
            List<String> names = new ArrayList<>();
            if (measurands != null && !measurands.isBlank()) {
                for (String entry : measurands.split(",", -1)) {
                    String name = entry.trim();
                    if (name.isEmpty()) {
                        throw new IllegalArgumentException("meterValuesSampledData has an empty entry in '"
                                + measurands + "'");
                    }
                    if (names.contains(name)) {
                        throw new IllegalArgumentException("meterValuesSampledData names " + name + " twice");
                    }
                    names.add(name);
                }
            }
            return new Wanted(sampleInterval, names);
        }

        /** The keys to change, in the order they are sent, with their values. */
        Map<String, String> changes() {
            Map<String, String> changes = new LinkedHashMap<>();
            if (sampleInterval > 0) {
                changes.put(INTERVAL, Integer.toString(sampleInterval));
            }
            if (!sampledData.isEmpty()) {
                changes.put(SAMPLED_DATA, String.join(",", sampledData));
            }
            return changes;
        }
    }

    /** A measurand, optionally with a phase as the spec allows ("Voltage.L1-N", "Current.Import.L1"). */
    private static void requireMeasurand(String entry) {
        boolean measurand = MEASURANDS.contains(entry) || PHASES.stream().anyMatch(phase -> entry.endsWith("." + phase)
                && MEASURANDS.contains(entry.substring(0, entry.length() - phase.length() - 1)));
        if (measurand) {
            return;
        }
        String hint = MEASURANDS.stream().filter(m -> m.equalsIgnoreCase(entry)).findFirst()
                .map(m -> " (did you mean " + m + "?)").orElse("");
        throw new IllegalArgumentException("meterValuesSampledData: '" + entry + "' is not an OCPP 1.6 measurand"
                + hint + "; one of " + String.join(", ", MEASURANDS) + ", each optionally with a phase ("
                + String.join(", ", PHASES) + "), e.g. Current.Import.L1");
    }

    private final Wanted wanted;
    private final Predicate<String> registered;
    private final Function<String, Sender> senders;
    private final Notifier notifier;

    /**
     * @param wanted what stations are asked to report
     * @param registered whether a station is registered
     * @param senders a sender on the station's current connection
     * @param notifier records the station's events
     */
    MeteringSetup(Wanted wanted, Predicate<String> registered, Function<String, Sender> senders, Notifier notifier) {
        this.wanted = wanted;
        this.registered = registered;
        this.senders = senders;
        this.notifier = notifier;
    }

    /** Sends a ready station the configured keys; returns at once, the answers are handled when they come. */
    void ready(String stationId) {
        Map<String, String> changes = wanted.changes();
        if (changes.isEmpty() || !registered.test(stationId)) {
            return;
        }
        Sender sender = senders.apply(stationId);
        changes.forEach((key, value) -> sender.send(stationId, new ChangeConfigurationRequest(key, value))
                .whenComplete((answer, failure) -> answered(stationId, key, value, answer, failure)));
    }

    private void answered(String stationId, String key, String value, ChangeConfigurationResponse answer,
            Throwable failure) {
        String change = key + "=" + value;
        if (failure == null && answer.status() == ConfigurationStatus.ACCEPTED) {
            LOG.info(() -> stationId + ": " + change + " accepted");
            return;
        }
        if (failure == null && answer.status() == ConfigurationStatus.REBOOT_REQUIRED) {
            notifier.record(stationId, Severity.INFO, CODE, "Metering: " + change
                    + " takes effect at the station's next reboot (it answered RebootRequired)");
            return;
        }
        CallFailure f = CallFailure.of(failure);
        if (f != null && f.reason() == CallFailure.Reason.OFFLINE) {
            // the disconnection is an event already; the next connection is sent the keys again
            LOG.info(() -> stationId + ": " + change + " not set, the station went offline");
            return;
        }
        String outcome = failure == null ? "the station answered " + Json.wire(answer.status())
                : f == null ? "it failed: " + failure : f.getMessage();
        notifier.record(stationId, Severity.WARNING, CODE, "Metering not set up: " + change + " was not taken ("
                + outcome + "). The energy manager sees this station's current only as often as it reports it. "
                + "Tried again at the station's next boot or reconnect.");
    }
}
