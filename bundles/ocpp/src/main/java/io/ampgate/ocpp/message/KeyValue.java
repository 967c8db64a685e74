package io.ampgate.ocpp.message;

/** One configuration key of a station, whether it is read-only, and its value if it has one. */
public record KeyValue(String key, boolean readonly, String value) {
    public KeyValue {
        Fields.required(key, "key");
    }
}
