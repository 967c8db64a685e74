package io.ampgate.ocpp.security;

import java.util.List;

/**
 * What a station's WebSocket upgrade request carries, as far as the {@link Handshake} needs it.
 *
 * @param path the request path as sent, still percent-encoded and without the query, e.g.
 *     {@code /ocpp/CP001}
 * @param subprotocols the subprotocols offered in {@code Sec-WebSocket-Protocol}, in order;
 *     {@code null} is none
 * @param authorization the {@code Authorization} header, or {@code null} when there is none
 * @param secure whether the connection is TLS (wss)
 * @param clientCertificateCn the subject CN of the client certificate that TLS verified against the
 *     trusted station certificates, or {@code null} when there is none
 */
public record HandshakeRequest(String path, List<String> subprotocols, String authorization, boolean secure,
        String clientCertificateCn) {

    /** Copies the subprotocols; {@code null} becomes none. */
    public HandshakeRequest {
        subprotocols = subprotocols == null ? List.of() : List.copyOf(subprotocols);
    }

    /** Leaves the Authorization header out, so that logging a request never logs a password. */
    @Override
    public String toString() {
        return "HandshakeRequest[path=" + path + ", subprotocols=" + subprotocols + ", authorization="
                + (authorization == null ? "none" : "present") + ", secure=" + secure + ", clientCertificateCn="
                + clientCertificateCn + "]";
    }
}
