package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.site.Connector.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectorTest {

    @ParameterizedTest(name = "operative {0}, car {1}, {2}, full {3}, offered {4} A, remote {5}: {6}")
    @CsvSource({
            "true,  false, NONE,        false, 0,  false, Available",
            "true,  false, NONE,        false, 0,  true,  Preparing",
            "true,  true,  NONE,        false, 0,  false, Preparing",
            "true,  true,  AUTHORIZING, false, 0,  false, Preparing",
            "true,  true,  STARTING,    false, 0,  false, Preparing",
            "true,  true,  REFUSED,     false, 0,  false, Preparing",
            "true,  true,  RUNNING,     false, 16, false, Charging",
            "true,  true,  RUNNING,     false, 0,  false, SuspendedEVSE",
            "true,  true,  RUNNING,     true,  16, false, SuspendedEV",
            "true,  true,  ENDED,       false, 0,  false, Finishing",
            "false, false, NONE,        false, 0,  false, Unavailable",
            "false, true,  ENDED,       false, 0,  false, Unavailable",
            "false, true,  RUNNING,     false, 16, false, Charging"}) // inoperative once the session ends
    void statusOfAConnector(boolean operative, boolean car, Session session, boolean full, double offered,
            boolean remote, String status) {
        assertThat(Connector.status(operative, car, session, full, offered, remote)).isEqualTo(status);
    }
}
