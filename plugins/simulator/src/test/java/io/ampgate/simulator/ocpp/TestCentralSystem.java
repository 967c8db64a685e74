package io.ampgate.simulator.ocpp;

import java.net.URI;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.URIUtil;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A small central system for the simulator's tests: Jetty 12's core WebSocket server on
 * 127.0.0.1, an ephemeral port, stations under {@code /ocpp/<identity>}. It records each
 * handshake, can refuse one with an HTTP status, accepts ocpp1.6 when offered, and gives each
 * connection to the test as a {@link StationLink}.
 */
final class TestCentralSystem implements AutoCloseable {

    /** The deadline of every wait in the tests. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** What a station's opening handshake carried. */
    record Handshake(String rawPath, String identity, List<String> offeredSubprotocols,
            Map<String, String> headers, X509Certificate clientCertificate) {

        String authorization() {
            return headers.get("authorization");
        }
    }

    private final Server server = new Server();
    private final ServerConnector connector;
    private final String scheme;
    private final BlockingQueue<Handshake> handshakes = new LinkedBlockingQueue<>();
    private final BlockingQueue<StationLink> links = new LinkedBlockingQueue<>();
    private volatile ToIntFunction<Handshake> refusal = handshake -> 0;
    private volatile boolean acceptSubprotocol = true;
    private volatile Consumer<StationLink> prepare = link -> { };

    private TestCentralSystem(SslContextFactory.Server tls) throws Exception {
        if (tls == null) {
            connector = new ServerConnector(server);
            scheme = "ws";
        } else {
            HttpConfiguration config = new HttpConfiguration();
            SecureRequestCustomizer customizer = new SecureRequestCustomizer();
            customizer.setSniHostCheck(false);
            config.addCustomizer(customizer);
            connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                    new HttpConnectionFactory(config));
            scheme = "wss";
        }
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(1 << 20);
            container.addMapping("/*", this::upgrade);
        }));
        server.start();
    }

    /** A central system on ws://; for a test's field, closed after each test by {@code @AutoClose}. */
    static TestCentralSystem start() {
        try {
            return new TestCentralSystem(null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test central system", e);
        }
    }

    /**
     * A central system on wss:// with the certificate in {@code keys}; with a {@code trust} store,
     * stations must show a certificate it trusts (mutual TLS).
     */
    static TestCentralSystem startTls(KeyStore keys, String password, KeyStore trust) throws Exception {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys);
        tls.setKeyStorePassword(password);
        if (trust != null) {
            tls.setTrustStore(trust);
            tls.setNeedClientAuth(true);
        }
        return new TestCentralSystem(tls);
    }

    /** The base URI stations append their identity to. */
    URI baseUri() {
        return URI.create(scheme + "://127.0.0.1:" + connector.getLocalPort() + "/ocpp/");
    }

    /** Refuses handshakes with the HTTP status {@code refusal} gives (0 accepts). */
    void refuseWith(ToIntFunction<Handshake> refusal) {
        this.refusal = refusal;
    }

    /** Whether ocpp1.6 is accepted when offered (else the handshake completes without one). */
    void acceptSubprotocol(boolean accept) {
        this.acceptSubprotocol = accept;
    }

    /** Gives each new connection's link to {@code prepare} before the station can send anything. */
    void prepareLinks(Consumer<StationLink> prepare) {
        this.prepare = prepare;
    }

    Handshake awaitHandshake() throws InterruptedException {
        return required(handshakes.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "handshake");
    }

    /** The next station connection opened. */
    StationLink awaitLink() throws InterruptedException {
        return required(links.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "station connection");
    }

    /** Connects {@code station} and gives this side of its connection. */
    StationLink connect(ChargePointSimulator station) throws Exception {
        station.connect();
        return awaitLink();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the test central system", e);
        }
    }

    private Object upgrade(ServerUpgradeRequest request, ServerUpgradeResponse response,
            org.eclipse.jetty.util.Callback callback) {
        String rawPath = request.getHttpURI().getPath();
        Handshake handshake = new Handshake(rawPath,
                URIUtil.decodePath(rawPath.substring(rawPath.lastIndexOf('/') + 1)),
                request.getSubProtocols(), request.getHeaders().stream().collect(Collectors.toMap(
                        HttpField::getLowerCaseName, HttpField::getValue, (a, b) -> a + "," + b)),
                clientCertificate(request));
        handshakes.add(handshake);
        int status = refusal.applyAsInt(handshake);
        if (status != 0) {
            if (status == 401) {
                response.getHeaders().put("WWW-Authenticate", "Basic realm=\"OCPP\"");
            }
            Response.writeError(request, response, callback, status, "refused");
            return null;
        }
        if (acceptSubprotocol && request.hasSubProtocol("ocpp1.6")) {
            response.setAcceptedSubProtocol("ocpp1.6");
        }
        StationLink link = new StationLink(handshake.identity(), links::add);
        prepare.accept(link);
        return link;
    }

    private static X509Certificate clientCertificate(ServerUpgradeRequest request) {
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData data
                && data.peerCertificates() != null && data.peerCertificates().length > 0) {
            return data.peerCertificates()[0];
        }
        return null;
    }

    static <T> T required(T value, String what) {
        if (value == null) {
            throw new AssertionError("no " + what + " within " + TIMEOUT);
        }
        return value;
    }
}
