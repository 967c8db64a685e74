package io.ampgate.mqtt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** TLS sockets that trust the configured trust store instead of the Java defaults. */
final class TlsSockets {

    private TlsSockets() {}

    /**
     * @param trustStore a PKCS12 or JKS store, or a PEM file of CA certificates
     * @param password the store's password, empty for none (PEM files have none)
     */
    static SSLSocketFactory trusting(Path trustStore, String password) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(trustStore, password));
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the MQTT trust store " + trustStore + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
        if (Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().startsWith("-----BEGIN")) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            try (InputStream in = Files.newInputStream(file)) {
                int n = 0;
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("ca-" + n++, c);
                }
                if (n == 0) {
                    throw new GeneralSecurityException("no certificate in the PEM file");
                }
            }
            return store;
        }
        return KeyStore.getInstance(file.toFile(), password.isEmpty() ? null : password.toCharArray());
    }
}
