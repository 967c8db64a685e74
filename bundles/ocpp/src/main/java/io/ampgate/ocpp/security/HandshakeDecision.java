package io.ampgate.ocpp.security;

/** What the {@link Handshake} decided for a connecting station. */
public sealed interface HandshakeDecision {

    /**
     * Let the station in.
     *
     * @param identity its identity (charge point id), decoded from the path
     * @param subprotocol the subprotocol to answer with in {@code Sec-WebSocket-Protocol}
     * @param profile the security profile it was checked against
     */
    record Accept(String identity, String subprotocol, int profile) implements HandshakeDecision {}

    /**
     * Refuse the upgrade with an HTTP status.
     *
     * @param status the HTTP status to answer with
     * @param reason why, for the log; it names the station and the rule but never a password, and
     *     is not meant for the response body (keep that generic)
     * @param wwwAuthenticate the {@code WWW-Authenticate} header to send with a 401, else {@code null}
     */
    record Refuse(int status, String reason, String wwwAuthenticate) implements HandshakeDecision {}
}
