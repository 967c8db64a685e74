package io.ampgate.ems.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.ems.Decision;
import io.ampgate.ems.Decision.ConnectorDecision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the cycle's decision is logged again: a new reason, alert or problem, not a new current or detail. */
class DecisionsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private static Decision decision(Map<String, ConnectorDecision> connectors, List<String> problems,
            Map<String, String> alerts) {
        return new Decision(T0, Map.of(), connectors, problems, alerts);
    }

    private static Decision decision(Map<String, ConnectorDecision> connectors) {
        return decision(connectors, List.of(), Map.of());
    }

    @Test
    void otherCurrentsAndDetailsForTheSameReasonsAreTheSame() {
        Decision before = decision(Map.of("CP1/1", new ConnectorDecision(16, "AT_MAX", "pv: surplus 3700 W"),
                "CP2/1", new ConnectorDecision(0, "WAITING_FOR_POWER", "")));
        Decision now = decision(Map.of("CP1/1", new ConnectorDecision(17, "AT_MAX", "pv: surplus 3910 W"),
                "CP2/1", new ConnectorDecision(0, "WAITING_FOR_POWER", "")));

        assertThat(Decisions.sameReasons(now, before)).isTrue();
    }

    @Test
    void aNewReasonConnectorAlertOrProblemIsNotTheSame() {
        Map<String, ConnectorDecision> one = Map.of("CP1/1", new ConnectorDecision(16, "AT_MAX", "pv"));
        Decision before = decision(one);

        assertThat(Decisions.sameReasons(before, null)).as("the first decision").isFalse();
        assertThat(Decisions.sameReasons(decision(Map.of("CP1/1", new ConnectorDecision(16, "LIMITED_BY_ZONE", "site L1"))),
                before)).as("another reason").isFalse();
        assertThat(Decisions.sameReasons(decision(Map.of("CP1/1", new ConnectorDecision(16, "AT_MAX", "pv"),
                "CP2/1", new ConnectorDecision(16, "AT_MAX", "pv"))), before)).as("another connector").isFalse();
        assertThat(Decisions.sameReasons(decision(Map.of()), before)).as("a connector less").isFalse();
        assertThat(Decisions.sameReasons(decision(one, List.of(), Map.of("pv:data-lost", "pv: PV data lost")), before))
                .as("an alert").isFalse();
        assertThat(Decisions.sameReasons(decision(one, List.of("not in any zone: CP9/1"), Map.of()), before))
                .as("a problem").isFalse();
    }
}
