package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Heartbeats and other repeated messages on a scheduler given to the simulator. */
class RepeatedMessagesTest {

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void sendsHeartbeatsUntilStopped() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).scheduler(scheduler).build();
        StationLink link = central.connect(station);

        station.startHeartbeats(Duration.ofMillis(20));
        for (int i = 0; i < 3; i++) {
            assertThat(link.awaitCall().get(2).asText()).isEqualTo("Heartbeat");
        }
        station.stopHeartbeats();
        // once a turn under way has run, an Authorize queues behind every heartbeat sent
        scheduler.submit(() -> { }).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        station.authorize("TAG-after-stop");
        while (!link.awaitCall().get(2).asText().equals("Authorize")) {
            // heartbeats sent before the stop
        }
        assertThat(link.pollCall(200)).as("heartbeat after stop").isNull();
    }

    @Test
    void skipsTurnsWhileTheLastMessageWaitsForItsAnswer() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).scheduler(scheduler).build();
        StationLink link = central.connect(station);
        link.respondWith((id, action, payload) -> null);

        station.startHeartbeats(Duration.ofMillis(10));

        assertThat(link.awaitCall()).isNotNull();
        assertThat(link.pollCall(300)).as("second heartbeat while the first is unanswered").isNull();
    }

    @Test
    void repeatingEndsWithTheConnection() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).scheduler(scheduler).build();
        central.connect(station);
        ScheduledFuture<?> task = station.repeat(Duration.ofMillis(10), () -> CompletableFuture.completedFuture(null));

        station.close().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(task.isCancelled()).isTrue();
    }

    @Test
    void aFailingTurnDoesNotEndTheRepetition() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).scheduler(scheduler).build();
        central.connect(station);
        CompletableFuture<Void> thirdTurn = new CompletableFuture<>();
        int[] turns = {0};

        station.repeat(Duration.ofMillis(10), () -> {
            if (++turns[0] == 3) {
                thirdTurn.complete(null);
            }
            throw new IllegalStateException("turn " + turns[0]);
        });

        assertThat(thirdTurn).succeedsWithin(TIMEOUT);
    }
}
