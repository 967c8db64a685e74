package io.ampgate.ocpp.central;

import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The TLS set-up of the wss port (placeholder). */
final class Tls {

    private Tls() {
    }

    static SslContextFactory.Server serverContext(Settings settings) {
        return null;
    }
}
