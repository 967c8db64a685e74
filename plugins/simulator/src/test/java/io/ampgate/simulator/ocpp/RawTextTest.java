package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Raw texts out, and the bounded log of texts in. */
class RawTextTest {

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();

    @Test
    void rawTextGoesOutAsItIsAndTheNextTextIsAwaited() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);
        link.respondWith((id, action, payload) -> StationLink.error(id, "FormationViolation", "bad"));

        long mark = station.textMark();
        station.sendRaw("[2, \"x-1\", \"Heartbeat\", {\"unexpected\": true}]").get();
        assertThat(link.awaitText()).isEqualTo("[2, \"x-1\", \"Heartbeat\", {\"unexpected\": true}]");
        assertThat(station.awaitText(mark, TIMEOUT)).contains("FormationViolation");

        station.sendRaw("{not json").get();
        assertThat(link.awaitText()).isEqualTo("{not json");
    }

    @Test
    void oversizeTextIsSentWhole() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);
        String big = "[2,\"big\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"" + "a".repeat(100_000) + "\"}]";

        station.sendRaw(big).get();

        assertThat(link.awaitText()).isEqualTo(big);
        assertThat(station.awaitFrame("big", TIMEOUT)).startsWith("[3,\"big\"");
    }

    @Test
    void framesAreAwaitedByMessageIdAfterAMark() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);
        link.send("[3,\"a\",{}]");
        link.send("[3,\"b\",{\"n\":1}]");
        assertThat(station.awaitFrame("b", TIMEOUT)).isEqualTo("[3,\"b\",{\"n\":1}]");

        long mark = station.textMark();
        link.send("[3,\"b\",{\"n\":2}]");
        assertThat(station.awaitFrame(mark, "b", TIMEOUT)).isEqualTo("[3,\"b\",{\"n\":2}]");
        assertThat(station.awaitText(mark, text -> text.contains("\"n\":2"), TIMEOUT)).isNotNull();
    }

    @Test
    void waitingForNothingEndsAtTheDeadlineWithTheLastTexts() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build().connect();
        central.awaitLink().send("[3,\"only\",{}]");
        station.awaitFrame("only", TIMEOUT);

        assertThatThrownBy(() -> station.awaitText(station.textMark(), Duration.ofMillis(100)))
                .isInstanceOf(TimeoutException.class).hasMessageContaining("[3,\"only\",{}]");
    }

    @Test
    void logKeepsTheLastTextsOnly() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).logCapacity(3)
                .build();
        StationLink link = central.connect(station);
        for (int i = 1; i <= 5; i++) {
            link.send("[3,\"" + i + "\",{}]");
        }
        station.awaitFrame("5", TIMEOUT);

        assertThat(station.receivedTexts()).containsExactly("[3,\"3\",{}]", "[3,\"4\",{}]", "[3,\"5\",{}]");
        assertThat(station.textMark()).isEqualTo(5);
    }
}
