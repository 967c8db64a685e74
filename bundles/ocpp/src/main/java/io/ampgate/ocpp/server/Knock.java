package io.ampgate.ocpp.server;

import java.util.List;

/**
 * What a station's WebSocket upgrade request carries, for the admission decision.
 *
 * @param path the request path, e.g. {@code /ocpp/CP001}
 * @param subprotocols the subprotocols it offers, in its order
 * @param authorization its {@code Authorization} header, or {@code null}
 * @param secure whether it came over TLS
 * @param clientCertificateSubject the subject (RFC 2253) of its TLS client certificate, or
 *     {@code null} when it presented none
 * @param remoteAddress its IP address
 */
public record Knock(String path, List<String> subprotocols, String authorization, boolean secure,
        String clientCertificateSubject, String remoteAddress) {

    public Knock {
        subprotocols = List.copyOf(subprotocols);
    }
}
