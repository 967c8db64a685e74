package io.ampgate.ocpp.server;

/** An open station connection, as the central system sees it. */
public interface Connection {

    /** Sends a text message; never blocks (Jetty queues it). */
    void send(String text);

    /** Closes the connection with a WebSocket status code. */
    void close(int statusCode, String reason);

    /** The station's IP address. */
    String remoteAddress();

    /** Whether it connected over TLS. */
    boolean secure();
}
