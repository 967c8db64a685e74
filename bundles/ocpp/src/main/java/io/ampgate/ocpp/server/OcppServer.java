package io.ampgate.ocpp.server;

import io.ampgate.ocpp.security.HandshakeDecision;
import io.ampgate.ocpp.security.HandshakeRequest;
import io.ampgate.ocpp.security.TrustedClientCertificates;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The WebSocket server stations connect to: its own Jetty server (not the console's), a ws and a
 * wss connector, the handshake decided by an {@link Admission}, one connection per station
 * identity (a reconnect replaces the old connection), and liveness by ping and pong.
 */
public final class OcppServer {

    private static final Logger LOG = Logger.getLogger(OcppServer.class.getName());

    private final ServerSettings settings;
    private final SslContextFactory.Server tls;
    private final Admission admission;
    private final Conversations conversations;
    private final Clock clock;
    private final Map<String, StationSocket> connected = new ConcurrentHashMap<>();
    private Server server;
    private ServerConnector plain;
    private ServerConnector secure;
    private ScheduledExecutorService sweeper;

    /**
     * A server, not started.
     *
     * @param settings ports, limits, liveness
     * @param tls the TLS set-up of the wss connector, or {@code null} when {@code tlsPort} is -1
     * @param admission decides each handshake
     * @param conversations takes each admitted connection
     * @param clock the clock of the liveness check
     */
    public OcppServer(ServerSettings settings, SslContextFactory.Server tls, Admission admission,
            Conversations conversations, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.tlsPort() != -1 && tls == null) {
            throw new IllegalArgumentException("a wss port needs a TLS set-up");
        }
        this.tls = tls;
        this.admission = Objects.requireNonNull(admission, "admission");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens the ports. */
    public synchronized void start() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), 4);
        threads.setName("ocpp-jetty");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        if (settings.port() != -1) {
            plain = connector("ocpp-ws", settings.port(), new HttpConnectionFactory(http));
        }
        if (settings.tlsPort() != -1) {
            HttpConfiguration https = new HttpConfiguration(http);
            SecureRequestCustomizer customizer = new SecureRequestCustomizer();
            customizer.setSniHostCheck(false); // stations connect by IP address
            https.addCustomizer(customizer);
            secure = connector("ocpp-wss", settings.tlsPort(),
                    new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
        }
        Duration idle = settings.liveness().interval().plus(settings.liveness().timeout()).multipliedBy(2);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(settings.maxMessageBytes());
            container.setMaxFrameSize(settings.maxMessageBytes());
            container.setMaxBinaryMessageSize(1024);
            container.setIdleTimeout(idle); // a safety net: liveness drops silent stations first
            container.addMapping("/*", this::handshake);
        }));
        server.start();
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ocpp-liveness");
            t.setDaemon(true);
            return t;
        });
        long period = settings.sweepPeriod().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    private ServerConnector connector(String name, int port, org.eclipse.jetty.server.ConnectionFactory... factories) {
        ServerConnector connector = new ServerConnector(server, 1, 1, factories);
        connector.setName(name);
        connector.setHost(settings.host());
        connector.setPort(port);
        server.addConnector(connector);
        return connector;
    }

    /** Closes every connection and the ports. */
    public synchronized void stop() throws Exception {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        if (server != null) {
            for (StationSocket socket : connected.values()) {
                socket.close(StatusCode.SHUTDOWN, "central system stopping");
            }
            server.stop();
        }
        connected.clear();
    }

    /** The ws port bound, or -1. */
    public int port() {
        return plain == null ? -1 : plain.getLocalPort();
    }

    /** The wss port bound, or -1. */
    public int tlsPort() {
        return secure == null ? -1 : secure.getLocalPort();
    }

    /** Whether a station is connected now. */
    public boolean isConnected(String identity) {
        return connected.containsKey(identity);
    }

    /** How many stations are connected. */
    public int connectedCount() {
        return connected.size();
    }

    Logger log() {
        return LOG;
    }

    private Object handshake(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        HandshakeDecision decision = admission.admit(handshakeRequest(request));
        switch (decision) {
            case HandshakeDecision.Accept accept -> {
                response.setAcceptedSubProtocol(accept.subprotocol());
                return new StationSocket(accept.identity(), this, clock);
            }
            case HandshakeDecision.Refuse refuse -> {
                LOG.info(() -> "refused " + Request.getRemoteAddr(request) + " " + request.getHttpURI().getPath()
                        + ": " + refuse.status() + " " + refuse.reason());
                if (refuse.wwwAuthenticate() != null) {
                    response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, refuse.wwwAuthenticate());
                }
                Response.writeError(request, response, callback, refuse.status(), statusText(refuse.status()));
                return null;
            }
        }
    }

    private static String statusText(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "authentication required";
            case 403 -> "forbidden";
            case 404 -> "unknown charge point";
            default -> "refused";
        };
    }

    private static HandshakeRequest handshakeRequest(ServerUpgradeRequest request) {
        String commonName = null;
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData ssl) {
            X509Certificate[] chain = ssl.peerCertificates();
            if (chain != null && chain.length > 0) {
                commonName = TrustedClientCertificates.commonName(chain[0]);
            }
        }
        return new HandshakeRequest(request.getHttpURI().getPath(), request.getSubProtocols(),
                request.getHeaders().get(HttpHeader.AUTHORIZATION), request.isSecure(), commonName);
    }

    void opened(StationSocket socket) {
        // the new conversation takes over before the old connection closes, so that calls never
        // find the station without a connection in between
        socket.attach(conversations.opened(socket.identity(), socket));
        StationSocket previous = connected.put(socket.identity(), socket);
        if (previous != null) {
            LOG.info(() -> socket.identity() + ": connected again, closing its previous connection");
            previous.close(StatusCode.NORMAL, "replaced by a new connection");
        }
    }

    void closed(StationSocket socket, int statusCode, String reason) {
        connected.remove(socket.identity(), socket);
    }

    private void sweep() {
        try {
            for (StationSocket socket : connected.values()) {
                socket.checkLiveness(settings.liveness());
            }
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "liveness sweep failed", e);
        }
    }
}
