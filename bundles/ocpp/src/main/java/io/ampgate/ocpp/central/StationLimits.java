package io.ampgate.ocpp.central;

import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.message.CentralSystemRequest;
import io.ampgate.ocpp.message.GetConfigurationRequest;
import io.ampgate.ocpp.message.GetConfigurationResponse;
import io.ampgate.ocpp.message.KeyValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A station's SendLocalListMaxLength and LocalAuthListMaxLength, read through GetConfiguration
 * once per connection; a key the station does not report sets no limit.
 */
final class StationLimits {

    static final String PER_MESSAGE = "SendLocalListMaxLength";
    static final String LIST_MAX = "LocalAuthListMaxLength";

    record Limits(int perMessage, int listMax) {
    }

    private final Map<String, Limits> cache = new ConcurrentHashMap<>();

    /** Forgets what a station reported (it reconnected: it may be another one, or updated). */
    void forget(String stationId) {
        cache.remove(stationId);
    }

    /**
     * The limits; throws {@link CallFailure} when the station cannot be asked.
     *
     * @param call sends a request to the station and waits for the answer
     */
    Limits of(String stationId,
            BiFunction<String, CentralSystemRequest<GetConfigurationResponse>, GetConfigurationResponse> call) {
        Limits known = cache.get(stationId);
        if (known != null) {
            return known;
        }
        Limits limits;
        try {
            GetConfigurationResponse answer = call.apply(stationId, new GetConfigurationRequest(List.of(PER_MESSAGE, LIST_MAX)));
            limits = new Limits(Math.max(1, value(answer, PER_MESSAGE)), value(answer, LIST_MAX));
        } catch (CallFailure f) {
            if (f.reason() != CallFailure.Reason.CALL_ERROR) {
                throw f;
            }
            limits = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE); // it does not tell: no limit
        }
        cache.put(stationId, limits);
        return limits;
    }

    private static int value(GetConfigurationResponse answer, String key) {
        for (KeyValue kv : answer.configurationKey()) {
            if (key.equals(kv.key()) && kv.value() != null) {
                try {
                    return Integer.parseInt(kv.value().trim());
                } catch (NumberFormatException e) {
                    return Integer.MAX_VALUE;
                }
            }
        }
        return Integer.MAX_VALUE;
    }
}
