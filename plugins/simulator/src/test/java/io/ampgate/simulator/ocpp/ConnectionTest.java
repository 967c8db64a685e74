package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();

    @Test
    void connectsToBaseUriPlusEncodedIdentityWithOcpp16() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP 1+a:b", central.baseUri()).build();
        station.connect();

        TestCentralSystem.Handshake handshake = central.awaitHandshake();
        assertThat(handshake.rawPath()).isEqualTo("/ocpp/CP%201%2Ba%3Ab");
        assertThat(handshake.identity()).isEqualTo("CP 1+a:b");
        assertThat(handshake.offeredSubprotocols()).containsExactly("ocpp1.6");
        assertThat(handshake.authorization()).isNull();
        assertThat(station.subprotocol()).contains("ocpp1.6");
        assertThat(station.isOpen()).isTrue();
        assertThat(central.awaitLink().identity()).isEqualTo("CP 1+a:b");
    }

    @Test
    void baseUriWithoutTrailingSlashGetsOne() {
        assertThat(ChargePointSimulator.stationUri(URI.create("ws://127.0.0.1:9000/ocpp"), "CP-1"))
                .isEqualTo(URI.create("ws://127.0.0.1:9000/ocpp/CP-1"));
    }

    @Test
    void offersNoSubprotocolOrAWrongOne() throws Exception {
        ChargePointSimulator none = ChargePointSimulator.builder("CP-none", central.baseUri())
                .subprotocols().build().connect();
        assertThat(central.awaitHandshake().offeredSubprotocols()).isEmpty();
        assertThat(none.subprotocol()).isEmpty();

        ChargePointSimulator wrong = ChargePointSimulator.builder("CP-wrong", central.baseUri())
                .subprotocols("ocpp2.0.1", "ocpp1.5").build().connect();
        assertThat(central.awaitHandshake().offeredSubprotocols()).containsExactly("ocpp2.0.1", "ocpp1.5");
        assertThat(wrong.subprotocol()).isEmpty();
    }

    @Test
    void sendsBasicCredentialsWithIdentityAsUser() throws Exception {
        ChargePointSimulator.builder("CP-7", central.baseUri()).basicAuth("s3cret-Pass").build().connect();

        String expected = Base64.getEncoder().encodeToString("CP-7:s3cret-Pass".getBytes(StandardCharsets.UTF_8));
        assertThat(central.awaitHandshake().authorization()).isEqualTo("Basic " + expected);
    }

    @Test
    void sendsExtraHeadersButNotTheOnesTheJdkSetsItself() throws Exception {
        ChargePointSimulator.builder("CP-1", central.baseUri()).header("X-Site", "north").build().connect();
        assertThat(central.awaitHandshake().headers()).containsEntry("x-site", "north");

        ChargePointSimulator wrong = ChargePointSimulator.builder("CP-2", central.baseUri())
                .header("Sec-WebSocket-Key", "x").build();
        assertThatThrownBy(wrong::connect).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusedHandshakeCarriesItsHttpStatus() throws Exception {
        central.refuseWith(handshake -> handshake.authorization() == null ? 401 : 0);
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();

        assertThatThrownBy(station::connect).isInstanceOfSatisfying(HandshakeRefusedException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"OCPP\"");
        });
        assertThat(station.isOpen()).isFalse();
        assertThat(station.subprotocol()).isEmpty();
        assertThat(station.closed().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).abnormal()).isTrue();
    }

    @Test
    void refusedAsynchronouslyToo() throws Exception {
        central.refuseWith(handshake -> 404);
        ChargePointSimulator station = ChargePointSimulator.builder("CP-unknown", central.baseUri()).build();

        assertThat(station.connectAsync()).failsWithin(TIMEOUT).withThrowableOfType(Exception.class)
                .havingCause().isInstanceOfSatisfying(HandshakeRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void unreachableCentralSystemFailsWithIoException() throws Exception {
        URI base = central.baseUri();
        central.close();
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", base).build();

        assertThatThrownBy(station::connect).isInstanceOf(java.io.IOException.class)
                .isNotInstanceOf(HandshakeRefusedException.class);
    }

    @Test
    void closeByCentralSystemIsObserved() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build().connect();
        central.awaitLink().close(4000, "replaced");

        CloseStatus status = station.closed().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(status).isEqualTo(new CloseStatus(4000, "replaced"));
        assertThat(station.isOpen()).isFalse();
    }

    @Test
    void closeBySimulatorReachesCentralSystem() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);

        CloseStatus status = station.close(1001, "going away").get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(status.code()).isEqualTo(1001);
        assertThat(link.awaitClose()).isEqualTo(new CloseStatus(1001, "going away"));
    }

    @Test
    void abortDropsTheConnectionWithoutCloseFrame() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);

        station.abort();
        assertThat(station.closed().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).abnormal()).isTrue();
        assertThat(link.awaitClose().code()).isEqualTo(CloseStatus.ABNORMAL);
    }

    @Test
    void connectsAgainAfterClose() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build().connect();
        assertThatThrownBy(station::connect).isInstanceOf(IllegalStateException.class);
        station.close().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

        station.connect();
        assertThat(station.isOpen()).isTrue();
        assertThat(station.heartbeat()).succeedsWithin(TIMEOUT);
    }

    @Test
    void answersPingsWhileReading() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);

        link.ping();

        assertThat(link.pollPong(TIMEOUT.toMillis())).isNotNull();
    }

    @Test
    void pausedReadingLeavesCallsAndPingsUnansweredUntilResumed() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri()).build();
        StationLink link = central.connect(station);
        station.pauseReading();

        var answer = link.call("ClearCache", StationLink.JSON.createObjectNode());
        link.ping();
        assertThat(link.pollPong(300)).as("pong while paused").isNull();
        assertThat(answer).as("answer while paused").isNotDone();
        assertThat(station.receivedCalls()).isEmpty();

        station.resumeReading();
        assertThat(answer).succeedsWithin(TIMEOUT);
        assertThat(link.pollPong(TIMEOUT.toMillis())).isNotNull();
        assertThat(station.awaitCall("ClearCache", TIMEOUT).payload().isEmpty()).isTrue();
    }
}
