package io.ampgate.ocpp.central;

import io.ampgate.ocpp.security.SelfSignedCertificate;
import io.ampgate.ocpp.security.ServerKeyStore;
import io.ampgate.ocpp.security.TrustedClientCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The TLS set-up of the wss port: the configured keystore, or a self-signed certificate made on
 * first start in {@code data/ocpp/} (with a random password kept beside it, readable by the
 * gateway's user only); the configured CAs of station client certificates; TLS 1.2 and 1.3.
 */
final class Tls {

    private static final Logger LOG = Logger.getLogger(Tls.class.getName());
    static final String GENERATED = "ocpp-server.p12";

    private Tls() {
    }

    /** The set-up, or {@code null} when the wss port is closed. */
    static SslContextFactory.Server serverContext(Settings settings) throws IOException {
        if (settings.server().tlsPort() == -1) {
            return null;
        }
        KeyStore keys;
        char[] password;
        boolean generated = settings.keystore() == null;
        if (!generated) {
            password = settings.keystorePassword().toCharArray();
            keys = ServerKeyStore.load(settings.keystore(), password);
        } else {
            Path folder = settings.dataFolder().resolve("ocpp");
            Files.createDirectories(folder);
            password = generatedPassword(folder.resolve(GENERATED + ".password"));
            keys = ServerKeyStore.loadOrCreate(folder.resolve(GENERATED), password, () -> names(settings));
        }
        var certificate = ServerKeyStore.certificate(keys);
        LOG.info(() -> "OCPP TLS certificate " + certificate.getSubjectX500Principal().getName() + ", SHA-256 "
                + ServerKeyStore.fingerprint(certificate));
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys);
        tls.setKeyStorePassword(new String(password));
        if (generated) {
            tls.setCertAlias(ServerKeyStore.ALIAS); // an installer's keystore may name its key as it likes
        }
        if (settings.truststore() != null) {
            tls.setTrustStore(TrustedClientCertificates.load(settings.truststore(),
                    settings.truststorePassword().toCharArray()));
        }
        // profile-2 stations present no certificate; profile 3 is enforced per station at the handshake
        tls.setWantClientAuth(true);
        tls.setIncludeProtocols("TLSv1.2", "TLSv1.3");
        return tls;
    }

    private static SelfSignedCertificate.Names names(Settings settings) {
        SelfSignedCertificate.Names machine = SelfSignedCertificate.Names.ofThisMachine();
        if (settings.certificateHost().isBlank()) {
            return machine;
        }
        java.util.List<String> dns = new java.util.ArrayList<>(machine.dnsNames());
        dns.add(0, settings.certificateHost());
        return new SelfSignedCertificate.Names(settings.certificateHost(), dns, machine.ipAddresses());
    }

    private static char[] generatedPassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temp = Files.createTempFile(file.getParent(), "password", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: the data folder's own protection applies
        }
        Files.writeString(temp, password, StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        return password.toCharArray();
    }
}
