package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Many stations in one JVM on the shared HttpClient and scheduler: a small version of the load
 * benchmark's set-up.
 */
class ManyStationsTest {

    /** 200 by default; the benchmark size with -Dsimulator.stations=2000. */
    private static final int STATIONS = Integer.getInteger("simulator.stations", 200);

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();

    @Test
    void manyStationsConnectBootBeatAndClose() throws Exception {
        List<ChargePointSimulator> stations = new ArrayList<>();
        for (int i = 0; i < STATIONS; i++) {
            stations.add(ChargePointSimulator.builder("CP-" + i, central.baseUri()).logCapacity(0).build());
        }

        CompletableFuture.allOf(stations.stream().map(ChargePointSimulator::connectAsync)
                .toArray(CompletableFuture[]::new)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Set<String> identities = new HashSet<>();
        for (int i = 0; i < STATIONS; i++) {
            identities.add(central.awaitLink().identity());
        }
        assertThat(identities).hasSize(STATIONS);

        List<CompletableFuture<Answer>> boots = stations.stream().map(ChargePointSimulator::bootNotification).toList();
        CompletableFuture.allOf(boots.toArray(CompletableFuture[]::new)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(boots).allSatisfy(boot -> assertThat(boot.join()).isInstanceOf(Answer.Result.class));

        stations.forEach(station -> station.startHeartbeats(Duration.ofMillis(50)));
        CompletableFuture.allOf(stations.stream().map(ChargePointSimulator::close)
                .toArray(CompletableFuture[]::new)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(stations).noneMatch(ChargePointSimulator::isOpen);
    }

    @Test
    void callBeforeConnectingFailsAtOnce() {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();

        assertThat(station.heartbeat()).failsWithin(TIMEOUT).withThrowableThat()
                .havingCause().isInstanceOf(java.io.IOException.class).withMessageContaining("not connected");
    }
}
