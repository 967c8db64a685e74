package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.CentralFixture.WAIT;
import static io.ampgate.ocpp.central.CentralFixture.await;
import static io.ampgate.ocpp.central.CentralFixture.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ampgate.ocpp.message.ClearCacheRequest;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.ReceivedCall;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.Severity;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway sets up each registered station's metering when it is ready: end to end, the central
 * system on 127.0.0.1 with the default settings and simulated stations over ws. Unregistered
 * stations are accepted here, to show they are sent nothing.
 */
class MeteringSetupTest {

    private static final String MEASURANDS = "Current.Import,Power.Active.Import,Energy.Active.Import.Register";
    private static final String MEANING = "sees this station's current only as often as it reports it";

    private static CentralFixture central;

    @BeforeAll
    static void start() throws Exception {
        central = new CentralFixture(RegistrationStatus.ACCEPTED, Duration.ofSeconds(2), 0, null, true, Duration.ZERO);
    }

    @AfterAll
    static void stop() throws Exception {
        central.close();
    }

    /** A registered station that boots (Accepted) once {@code before} has set it up. */
    private static ChargePointSimulator boot(String identity, Consumer<ChargePointSimulator> before) throws Exception {
        central.register(identity);
        ChargePointSimulator cp = central.connect(identity);
        before.accept(cp);
        assertThat(result(cp.bootNotification()).path("status").asText()).isEqualTo("Accepted");
        return cp;
    }

    private static List<ReceivedCall> changes(ChargePointSimulator cp) {
        return cp.receivedCalls().stream().filter(c -> c.action().equals("ChangeConfiguration")).toList();
    }

    private static List<String> sent(ChargePointSimulator cp) {
        return changes(cp).stream().map(c -> c.payload().path("key").asText() + "=" + c.payload().path("value").asText())
                .toList();
    }

    private static List<Event> meteringEvents(String stationId) {
        return central.events(stationId).stream().filter(e -> e.code().equals(MeteringSetup.CODE)).toList();
    }

    /** Answers ChangeConfiguration with {@code status} of the key. */
    private static Consumer<ChargePointSimulator> answering(Function<String, String> status) {
        return cp -> cp.onCall("ChangeConfiguration",
                p -> JsonNodeFactory.instance.objectNode().put("status", status.apply(p.path("key").asText())));
    }

    @Test
    void aRegisteredStationThatBootsIsAskedForTheConfiguredMeteringAndKeepsIt() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-M1");

        await(() -> changes(cp).size() == 2);
        // the station answered both before it was asked for its local list version, queued after them
        cp.awaitCall("GetLocalListVersion", WAIT);

        assertThat(sent(cp)).containsExactly("MeterValueSampleInterval=10", "MeterValuesSampledData=" + MEASURANDS);
        assertThat(cp.state().configuration("MeterValueSampleInterval").orElseThrow().value()).isEqualTo("10");
        assertThat(cp.state().configuration("MeterValuesSampledData").orElseThrow().value()).isEqualTo(MEASURANDS);
        assertThat(meteringEvents("CP-M1")).as("nothing to tell when the station accepts").isEmpty();
    }

    @Test
    void aStationThatReconnectsIsAskedAgain() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-M2");
        await(() -> changes(cp).size() == 2);
        cp.state().configure("MeterValueSampleInterval", "60", false); // an installer changed it by hand meanwhile

        cp.abort();
        await(() -> !central.service.station("CP-M2").orElseThrow().connected());
        cp.connect();
        // back without a reboot: its first message makes it ready
        result(cp.statusNotification(1, "Available", "NoError"));
        await(() -> changes(cp).size() == 4);

        assertThat(sent(cp).subList(2, 4))
                .containsExactly("MeterValueSampleInterval=10", "MeterValuesSampledData=" + MEASURANDS);
        await(() -> cp.state().configuration("MeterValueSampleInterval").orElseThrow().value().equals("10"));
    }

    @Test
    void aStationThatRejectsOrDoesNotSupportAKeyGetsAWarningNamingTheKeyAndIsNotAskedAgainAndAgain()
            throws Exception {
        ChargePointSimulator cp = boot("CP-M3", answering(
                key -> key.equals(MeteringSetup.INTERVAL) ? "Rejected" : "NotSupported"));

        await(() -> meteringEvents("CP-M3").size() == 2);
        // calls go out one at a time in order: a retry queued on an answer would come before this one
        central.service.send("CP-M3", new ClearCacheRequest()).toCompletableFuture().get(WAIT.toSeconds(),
                TimeUnit.SECONDS);

        assertThat(changes(cp)).hasSize(2);
        assertThat(meteringEvents("CP-M3")).allSatisfy(e -> {
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
            assertThat(e.message()).contains(MEANING);
        }).extracting(Event::message).anySatisfy(m -> assertThat(m)
                .contains("MeterValueSampleInterval=10").contains("the station answered Rejected"))
                .anySatisfy(m -> assertThat(m).contains("MeterValuesSampledData=" + MEASURANDS)
                        .contains("the station answered NotSupported"));
    }

    @Test
    void aStationThatNeedsARebootForTheKeysGetsAnInfo() throws Exception {
        boot("CP-M4", answering(key -> "RebootRequired"));

        await(() -> meteringEvents("CP-M4").size() == 2);

        assertThat(meteringEvents("CP-M4")).allSatisfy(e -> {
            assertThat(e.severity()).isEqualTo(Severity.INFO);
            assertThat(e.message()).contains("next reboot", "RebootRequired");
        }).extracting(Event::message).anySatisfy(m -> assertThat(m).contains("MeterValueSampleInterval=10"))
                .anySatisfy(m -> assertThat(m).contains("MeterValuesSampledData=" + MEASURANDS));
    }

    @Test
    void aCallErrorIsAWarningWithTheStationsError() throws Exception {
        boot("CP-M5", cp -> cp.answerWithError("ChangeConfiguration", "InternalError", "config store locked"));

        await(() -> meteringEvents("CP-M5").size() == 2);

        assertThat(meteringEvents("CP-M5")).allSatisfy(e -> {
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
            assertThat(e.message()).contains("refused ChangeConfiguration: InternalError config store locked", MEANING);
        });
    }

    @Test
    void aStationThatDoesNotAnswerGetsAWarningAfterTheCallTimeout() throws Exception {
        ChargePointSimulator cp = boot("CP-M6", sim -> sim.dontAnswer("ChangeConfiguration"));

        await(() -> meteringEvents("CP-M6").size() == 2);

        assertThat(changes(cp)).hasSize(2);
        assertThat(meteringEvents("CP-M6")).allSatisfy(e -> {
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
            assertThat(e.message()).contains("did not answer ChangeConfiguration within 2 s", MEANING);
        });
    }

    @Test
    void aStationNobodyRegisteredIsSentNothing() throws Exception {
        ChargePointSimulator cp = central.connect("CP-UNKNOWN");
        assertThat(result(cp.bootNotification()).path("status").asText()).isEqualTo("Accepted");

        // asked for its local list version once ready: metering would have gone out before
        cp.awaitCall("GetLocalListVersion", WAIT);

        assertThat(changes(cp)).isEmpty();
        assertThat(cp.state().configuration("MeterValueSampleInterval").orElseThrow().value()).isEqualTo("60");
    }

    @Test
    void withTheIntervalZeroAndNoMeasurandsNothingIsSent() throws Exception {
        try (CentralFixture off = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(2),
                MeteringSetup.Wanted.of(0, ""))) {
            ChargePointSimulator cp = off.connectRegistered("CP-OFF");

            cp.awaitCall("GetLocalListVersion", WAIT);

            assertThat(changes(cp)).isEmpty();
            assertThat(cp.state().configuration("MeterValueSampleInterval").orElseThrow().value()).isEqualTo("60");
            assertThat(off.events("CP-OFF")).extracting(Event::code).doesNotContain(MeteringSetup.CODE);
        }
    }
}
