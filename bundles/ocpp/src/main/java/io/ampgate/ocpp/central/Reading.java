package io.ampgate.ocpp.central;

import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.ocpp.message.Measurand;
import io.ampgate.ocpp.message.MeterValue;
import io.ampgate.ocpp.message.SampledValue;
import io.ampgate.ocpp.message.UnitOfMeasure;
import io.ampgate.ocpp.message.ValueFormat;
import java.time.Instant;
import java.util.List;

/**
 * What a MeterValues message says about a connector, in the gateway's units: current per phase in
 * A, active power in W, the energy register in Wh. Values a station did not send are {@code NaN}.
 * Only the newest sample of each measurand counts; signed data, unparsable numbers and samples of
 * other locations than the outlet (or unspecified) are ignored.
 *
 * @param time the newest sample's time, or {@code null} when the message had no usable value
 * @param current the current per phase
 * @param voltage the voltage per phase (phase to neutral)
 * @param powerPerPhase the active power per phase
 * @param power the total active power
 * @param energyWh the active energy import register
 */
record Reading(Instant time, PhaseValues current, PhaseValues voltage, PhaseValues powerPerPhase, double power,
        double energyWh) {

    static final Reading NONE = new Reading(null, PhaseValues.none(), PhaseValues.none(), PhaseValues.none(),
            Double.NaN, Double.NaN);

    /** Reads the samples, oldest meter value first as stations send them. */
    static Reading of(List<MeterValue> values) {
        Reading r = NONE;
        for (MeterValue value : values) {
            for (SampledValue sample : value.sampledValue()) {
                r = r.with(value.timestamp(), sample);
            }
        }
        return r;
    }

    private Reading with(Instant at, SampledValue sample) {
        if (sample.format() == ValueFormat.SIGNED_DATA || !atOutlet(sample)) {
            return this;
        }
        double number;
        try {
            number = Double.parseDouble(sample.value().trim());
        } catch (NumberFormatException e) {
            return this;
        }
        if (!Double.isFinite(number)) {
            return this;
        }
        Measurand measurand = sample.measurand() == null ? Measurand.ENERGY_ACTIVE_IMPORT_REGISTER : sample.measurand();
        Phase phase = phase(sample);
        Instant time = this.time == null || at.isAfter(this.time) ? at : this.time;
        return switch (measurand) {
            case CURRENT_IMPORT -> phase == null ? this
                    : new Reading(time, current.with(phase, number), voltage, powerPerPhase, power, energyWh);
            case VOLTAGE -> phase == null || isLineToLine(sample) ? this
                    : new Reading(time, current, voltage.with(phase, number), powerPerPhase, power, energyWh);
            case POWER_ACTIVE_IMPORT -> {
                double watts = sample.unit() == UnitOfMeasure.KW ? number * 1000 : number;
                yield phase == null
                        ? new Reading(time, current, voltage, powerPerPhase, watts, energyWh)
                        : new Reading(time, current, voltage, powerPerPhase.with(phase, watts), power, energyWh);
            }
            case ENERGY_ACTIVE_IMPORT_REGISTER -> {
                double wh = sample.unit() == UnitOfMeasure.KWH ? number * 1000 : number;
                yield phase != null || wh < 0 ? this : new Reading(time, current, voltage, powerPerPhase, power, wh);
            }
            default -> this;
        };
    }

    /** The total power: as sent, else the sum of the phases sent. */
    double totalPower() {
        if (!Double.isNaN(power)) {
            return power;
        }
        double sum = 0;
        boolean any = false;
        for (Phase p : Phase.values()) {
            if (powerPerPhase.isMeasured(p)) {
                sum += powerPerPhase.get(p);
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    private static boolean atOutlet(SampledValue sample) {
        return sample.location() == null || sample.location() == io.ampgate.ocpp.message.Location.OUTLET;
    }

    private static boolean isLineToLine(SampledValue sample) {
        var p = sample.phase();
        return p == io.ampgate.ocpp.message.Phase.L1_L2 || p == io.ampgate.ocpp.message.Phase.L2_L3
                || p == io.ampgate.ocpp.message.Phase.L3_L1;
    }

    private static Phase phase(SampledValue sample) {
        if (sample.phase() == null) {
            return null;
        }
        return switch (sample.phase()) {
            case L1, L1_N, L1_L2 -> Phase.L1;
            case L2, L2_N, L2_L3 -> Phase.L2;
            case L3, L3_N, L3_L1 -> Phase.L3;
            case N -> null;
        };
    }
}
