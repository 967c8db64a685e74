package io.ampgate.simulator.ocpp;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.WebSocketHandshakeException;

/**
 * The central system answered the WebSocket opening handshake with something other than a valid
 * upgrade: usually an HTTP error status (401 for a wrong password, 404 for an unknown station).
 */
public final class HandshakeRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient HttpHeaders headers;

    HandshakeRefusedException(String identity, WebSocketHandshakeException cause) {
        super("central system refused the handshake of " + identity + ": HTTP "
                + cause.getResponse().statusCode(), cause);
        this.status = cause.getResponse().statusCode();
        this.headers = cause.getResponse().headers();
    }

    /** The HTTP status of the refusal (101 when the upgrade itself was invalid). */
    public int status() {
        return status;
    }

    /** The response headers, for example {@code WWW-Authenticate}. */
    public HttpHeaders headers() {
        return headers;
    }
}
