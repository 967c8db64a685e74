package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The unit of a sampled value. */
public enum UnitOfMeasure {
    @JsonProperty("Wh") WH,
    @JsonProperty("kWh") KWH,
    @JsonProperty("varh") VARH,
    @JsonProperty("kvarh") KVARH,
    @JsonProperty("W") W,
    @JsonProperty("kW") KW,
    @JsonProperty("VA") VA,
    @JsonProperty("kVA") KVA,
    @JsonProperty("var") VAR,
    @JsonProperty("kvar") KVAR,
    @JsonProperty("A") A,
    @JsonProperty("V") V,
    @JsonProperty("K") K,
    /** Degrees Celsius: the schema's misspelling, which stations send. */
    @JsonProperty("Celcius") CELCIUS,
    /** Degrees Celsius: the correct spelling, also in the schema. */
    @JsonProperty("Celsius") CELSIUS,
    @JsonProperty("Fahrenheit") FAHRENHEIT,
    @JsonProperty("Percent") PERCENT
}
