package io.ampgate.ocpp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.ocpp.security.HandshakeDecision;
import io.ampgate.store.testing.MutableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The station server on 127.0.0.1 with real WebSocket clients. */
class OcppServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private OcppServer server;

    @BeforeEach
    void start() throws Exception {
        Admission admission = request -> {
            String id = request.path().substring(request.path().lastIndexOf('/') + 1);
            if (id.equals("LOCKED")) {
                return new HandshakeDecision.Refuse(401, "bad password", "Basic realm=\"OCPP\"");
            }
            return new HandshakeDecision.Accept(id, "ocpp1.6", 0);
        };
        Conversations echo = (identity, connection) -> {
            events.add("open " + identity + " " + connection.remoteAddress());
            return new Conversations.Conversation() {
                @Override
                public void text(String text) {
                    connection.send(text);
                }

                @Override
                public void closed(int statusCode, String reason) {
                    events.add("closed " + identity + " " + statusCode);
                }
            };
        };
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, -1, 4096,
                new Liveness(Duration.ofSeconds(30), Duration.ofSeconds(15)), 16);
        server = new OcppServer(settings, null, admission, echo, clock);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private URI uri(String identity) {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ocpp/" + identity);
    }

    private Client connect(String identity) {
        Client client = new Client();
        client.socket = http.newWebSocketBuilder().subprotocols("ocpp1.6")
                .buildAsync(uri(identity), client).orTimeout(10, TimeUnit.SECONDS).join();
        return client;
    }

    @Test
    void anAdmittedStationTalksOverItsSubprotocol() throws Exception {
        Client client = connect("CP1");

        assertThat(client.socket.getSubprotocol()).isEqualTo("ocpp1.6");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("open CP1 127.0.0.1");
        client.socket.sendText("[2,\"1\",\"Heartbeat\",{}]", true);
        assertThat(client.texts.poll(10, TimeUnit.SECONDS)).isEqualTo("[2,\"1\",\"Heartbeat\",{}]");
        assertThat(server.isConnected("CP1")).isTrue();
    }

    @Test
    void aRefusedStationGetsTheStatusAndTheChallenge() {
        CompletableFuture<WebSocket> attempt = http.newWebSocketBuilder().subprotocols("ocpp1.6")
                .buildAsync(uri("LOCKED"), new Client());

        assertThatThrownBy(attempt::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class, e -> {
                    assertThat(e.getResponse().statusCode()).isEqualTo(401);
                    assertThat(e.getResponse().headers().firstValue("WWW-Authenticate"))
                            .hasValue("Basic realm=\"OCPP\"");
                });
        assertThat(server.connectedCount()).isZero();
    }

    @Test
    void aReconnectReplacesTheOldConnection() throws Exception {
        Client first = connect("CP1");
        Client second = connect("CP1");

        assertThat(first.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        await(() -> events.contains("closed CP1 1000"));
        assertThat(server.isConnected("CP1")).isTrue();
        assertThat(server.connectedCount()).isEqualTo(1);
        second.socket.sendText("[2,\"2\",\"Heartbeat\",{}]", true);
        assertThat(second.texts.poll(10, TimeUnit.SECONDS)).isEqualTo("[2,\"2\",\"Heartbeat\",{}]");
    }

    @Test
    void aMessageOverTheLimitClosesWithMessageTooBig() throws Exception {
        Client client = connect("CP1");

        client.socket.sendText("[2,\"1\",\"DataTransfer\",{\"vendorId\":\"" + "x".repeat(5000) + "\"}]", true);

        assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void aStationThatAnswersPingsStaysAndOneThatVanishedIsDropped() throws Exception {
        Client alive = connect("ALIVE");
        try (Socket silent = rawUpgrade("SILENT")) {
            await(() -> server.isConnected("SILENT") && server.isConnected("ALIVE"));

            clock.advance(Duration.ofSeconds(30));
            await(() -> alive.pings > 0);
            clock.advance(Duration.ofSeconds(15));

            await(() -> !server.isConnected("SILENT"));
            assertThat(server.isConnected("ALIVE")).isTrue();
            assertThat(alive.closed).isNotDone();
        }
    }

    /** Opens a WebSocket by hand and then never reads again: a station that vanished. */
    private Socket rawUpgrade(String identity) throws Exception {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(("GET /ocpp/" + identity + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        assertThat(in.readLine()).startsWith("HTTP/1.1 101");
        return socket;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(20);
        }
    }

    static final class Client implements WebSocket.Listener {
        WebSocket socket;
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        volatile int pings;
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
            pings++;
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
