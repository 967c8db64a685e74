package io.ampgate.ocpp.server;

/** Whether a station may open its connection. */
public sealed interface Verdict {

    /**
     * It may.
     *
     * @param identity the station's identity
     * @param subprotocol the subprotocol to accept
     */
    record Accept(String identity, String subprotocol) implements Verdict {
    }

    /**
     * It may not.
     *
     * @param status the HTTP status to answer with
     * @param reason why, for the gateway's log (the station only gets a generic text)
     * @param wwwAuthenticate the {@code WWW-Authenticate} header to send, or {@code null}
     */
    record Refuse(int status, String reason, String wwwAuthenticate) implements Verdict {
    }
}
