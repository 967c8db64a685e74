package io.ampgate.simulator.ocpp;

/**
 * How a connection ended: the WebSocket close code and reason. A connection that ended without a
 * close frame (an error, or {@link ChargePointSimulator#abort()}) has code {@value #ABNORMAL}.
 */
public record CloseStatus(int code, String reason) {

    /** The close code of a connection that ended without a close frame (RFC 6455, 7.1.5). */
    public static final int ABNORMAL = 1006;

    /** Whether the connection ended without a close frame. */
    public boolean abnormal() {
        return code == ABNORMAL;
    }
}
