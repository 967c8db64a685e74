package io.ampgate.ocpp.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * The Jetty endpoint of one station connection. Public because Jetty instantiates endpoints
 * reflectively and refuses non-public classes.
 */
public final class StationSocket implements Session.Listener.AutoDemanding, Connection {

    private final String identity;
    private final OcppServer server;
    private final Clock clock;
    private volatile Session session;
    private volatile Conversations.Conversation conversation;
    private volatile Instant lastHeard;
    private volatile Instant pingSent;

    StationSocket(String identity, OcppServer server, Clock clock) {
        this.identity = identity;
        this.server = server;
        this.clock = clock;
        this.lastHeard = clock.instant();
    }

    String identity() {
        return identity;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        server.opened(this);
    }

    void attach(Conversations.Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public void onWebSocketText(String message) {
        lastHeard = clock.instant();
        conversation.text(message);
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, org.eclipse.jetty.websocket.api.Callback callback) {
        lastHeard = clock.instant();
        callback.succeed();
        close(StatusCode.BAD_DATA, "OCPP-J uses text messages only");
    }

    @Override
    public void onWebSocketPong(ByteBuffer payload) {
        lastHeard = clock.instant();
    }

    @Override
    public void onWebSocketPing(ByteBuffer payload) {
        lastHeard = clock.instant();
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        server.closed(this, statusCode, reason);
        Conversations.Conversation c = conversation;
        if (c != null) {
            c.closed(statusCode, reason);
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        // Jetty calls onWebSocketClose after errors too; nothing more to do here
    }

    /** Pings, drops or leaves the connection, per the liveness rule. */
    void checkLiveness(Liveness liveness) {
        Session s = session;
        if (s == null || !s.isOpen()) {
            return;
        }
        Instant now = clock.instant();
        switch (liveness.check(now, lastHeard, pingSent)) {
            case PING -> {
                pingSent = now;
                s.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
            }
            case DROP -> {
                server.log().info(() -> identity + ": no answer to ping for " + liveness.timeout().toSeconds()
                        + " s, dropping the connection");
                s.disconnect();
            }
            case WAIT -> { }
        }
    }

    @Override
    public void send(String text) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.sendText(text, Callback.NOOP);
        }
    }

    @Override
    public void close(int statusCode, String reason) {
        Session s = session;
        if (s != null) {
            s.close(statusCode, reason, Callback.NOOP);
        }
    }

    @Override
    public String remoteAddress() {
        Session s = session;
        SocketAddress address = s == null ? null : s.getRemoteSocketAddress();
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return address == null ? "" : address.toString();
    }

    @Override
    public boolean secure() {
        Session s = session;
        return s != null && s.isSecure();
    }
}
