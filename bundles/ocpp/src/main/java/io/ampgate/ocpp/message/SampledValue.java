package io.ampgate.ocpp.message;

/**
 * One reading: the value as text (a number for the Raw format), with what it measures
 * (Energy.Active.Import.Register when absent), where, on which phase, in which unit (Wh when
 * absent) and why it was taken.
 */
public record SampledValue(
        String value,
        ReadingContext context,
        ValueFormat format,
        Measurand measurand,
        Phase phase,
        Location location,
        UnitOfMeasure unit) {
    public SampledValue {
        Fields.required(value, "value");
    }
}
