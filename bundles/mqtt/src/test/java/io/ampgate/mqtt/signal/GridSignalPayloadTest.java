package io.ampgate.mqtt.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.mqtt.signal.GridSignalPayload.Accepted;
import io.ampgate.mqtt.signal.GridSignalPayload.Refused;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The payloads of signal/grid/set: what is accepted as what, and why the rest is refused. */
class GridSignalPayloadTest {
    private static final PhaseValues NO_CAP = PhaseValues.none();
    private static final OptionalInt ANY = OptionalInt.empty();

    static Stream<Arguments> accepted() {
        return Stream.of(
                ok("{\"level\":\"favorable\"}", GridSignalLevel.FAVORABLE, NO_CAP, ANY, 0),
                ok("{\"level\":\"FAVORABLE\"}", GridSignalLevel.FAVORABLE, NO_CAP, ANY, 0),
                ok(" {\"level\" : \"lost\"} \n", GridSignalLevel.LOST, NO_CAP, ANY, 0),
                ok("{\"level\":\"constrained\"}", GridSignalLevel.CONSTRAINED, NO_CAP, ANY, 0),
                ok("{\"level\":\"constrained\",\"cap\":30}", GridSignalLevel.CONSTRAINED, PhaseValues.all(30), ANY, 0),
                ok("{\"level\":\"constrained\",\"cap\":12.5}", GridSignalLevel.CONSTRAINED, PhaseValues.all(12.5), ANY, 0),
                ok("{\"level\":\"constrained\",\"cap\":0}", GridSignalLevel.CONSTRAINED, PhaseValues.all(0), ANY, 0),
                ok("{\"level\":\"constrained\",\"cap\":[30,30,20]}", GridSignalLevel.CONSTRAINED, PhaseValues.of(30, 30, 20), ANY, 0),
                ok("{\"level\":\"constrained\",\"maxSessions\":2}", GridSignalLevel.CONSTRAINED, NO_CAP, OptionalInt.of(2), 0),
                ok("{\"level\":\"constrained\",\"maxSessions\":0}", GridSignalLevel.CONSTRAINED, NO_CAP, OptionalInt.of(0), 0),
                ok("{\"cap\":[16,16,16],\"maxSessions\":4,\"level\":\"constrained\",\"validForSeconds\":300}",
                        GridSignalLevel.CONSTRAINED, PhaseValues.all(16), OptionalInt.of(4), 300),
                ok("{\"level\":\"favorable\",\"validForSeconds\":900}", GridSignalLevel.FAVORABLE, NO_CAP, ANY, 900),
                ok("{\"level\":\"lost\",\"validForSeconds\":0}", GridSignalLevel.LOST, NO_CAP, ANY, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepts(String payload, SignalRequest expected) {
        assertThat(GridSignalPayload.parse(bytes(payload))).isEqualTo(new Accepted(expected));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                no("", "must be a JSON object"),
                no("favorable", "not JSON"),
                no("[\"favorable\"]", "must be a JSON object"),
                no("\"favorable\"", "must be a JSON object"),
                no("{\"level\":\"favorable\"", "not JSON"),
                no("{\"level\":\"favorable\"} {}", "not JSON"),
                no("{\"level\":\"favorable\",\"level\":\"lost\"}", "Duplicate field 'level'"),
                no("{}", "level is missing"),
                no("{\"level\":\"orange\"}", "level must be favorable, constrained or lost, not \"orange\""),
                no("{\"level\":1}", "level must be favorable"),
                no("{\"level\":null}", "level must be favorable"),
                no("{\"level\":\"constrained\",\"maxSession\":2}", "unknown field 'maxSession'"),
                no("{\"level\":\"favorable\",\"cap\":30}", "only a constrained signal carries cap or maxSessions"),
                no("{\"level\":\"lost\",\"maxSessions\":1}", "only a constrained signal"),
                no("{\"level\":\"constrained\",\"cap\":-1}", "a cap must be a number of amperes >= 0, not -1"),
                no("{\"level\":\"constrained\",\"cap\":\"30\"}", "cap must be amperes for every phase"),
                no("{\"level\":\"constrained\",\"cap\":null}", "cap must be amperes"),
                no("{\"level\":\"constrained\",\"cap\":[30,30]}", "cap must be amperes for every phase (30) or for L1, L2, L3"),
                no("{\"level\":\"constrained\",\"cap\":[30,30,20,10]}", "cap must be amperes"),
                no("{\"level\":\"constrained\",\"cap\":[30,\"30\",20]}", "a cap must be a number of amperes"),
                no("{\"level\":\"constrained\",\"cap\":[30,30,-2]}", "a cap must be a number of amperes >= 0"),
                no("{\"level\":\"constrained\",\"cap\":1e400}", "a cap must be a number of amperes >= 0"),
                no("{\"level\":\"constrained\",\"maxSessions\":-1}", "maxSessions must be a whole number from 0"),
                no("{\"level\":\"constrained\",\"maxSessions\":1.5}", "maxSessions must be a whole number"),
                no("{\"level\":\"constrained\",\"maxSessions\":3000000000}", "maxSessions must be a whole number"),
                no("{\"level\":\"favorable\",\"validForSeconds\":-5}", "validForSeconds must be a whole number from 0 to 31622400"),
                no("{\"level\":\"favorable\",\"validForSeconds\":\"300\"}", "validForSeconds must be a whole number"),
                no("{\"level\":\"favorable\",\"validForSeconds\":99999999999999999999}", "validForSeconds must be a whole number"),
                no("{\"level\":\"favorable\",\"pad\":\"" + "x".repeat(GridSignalPayload.MAX_BYTES) + "\"}", "more than 4096"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refuses(String payload, String reason) {
        assertThat(GridSignalPayload.parse(bytes(payload))).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains(reason));
    }

    private static Arguments ok(String payload, GridSignalLevel level, PhaseValues cap, OptionalInt sessions, long seconds) {
        return Arguments.of(payload, new SignalRequest(level, cap, sessions, Duration.ofSeconds(seconds)));
    }

    private static Arguments no(String payload, String reason) {
        String name = payload.isEmpty() ? "(empty)" : payload.length() > 80 ? payload.substring(0, 80) + "…" : payload;
        return Arguments.argumentSet(name, payload, reason);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
