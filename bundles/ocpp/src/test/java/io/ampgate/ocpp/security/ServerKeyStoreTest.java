package io.ampgate.ocpp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerKeyStoreTest {
    private static final char[] PASSWORD = "changeit-please".toCharArray();
    private static final Supplier<SelfSignedCertificate.Names> NAMES = () -> new SelfSignedCertificate.Names(
            "gateway.example", List.of("gateway.example", "localhost"), List.of(InetAddress.getLoopbackAddress()));

    @TempDir
    Path dir;

    @Test
    void aKeyStoreIsGeneratedOnceAndThenLoaded() throws Exception {
        Path file = dir.resolve("data/ocpp/ocpp-server.p12");

        KeyStore first = ServerKeyStore.loadOrCreate(file, PASSWORD, NAMES);
        KeyStore again = ServerKeyStore.loadOrCreate(file, PASSWORD, () -> {
            throw new AssertionError("an existing key store is loaded, not generated again");
        });

        assertThat(file).isRegularFile();
        assertThat(Files.list(file.getParent())).as("no temporary file is left").containsExactly(file);
        assertThat(ServerKeyStore.certificate(again)).isEqualTo(ServerKeyStore.certificate(first));
        assertThat(again.getKey(ServerKeyStore.ALIAS, PASSWORD)).isEqualTo(first.getKey(ServerKeyStore.ALIAS, PASSWORD));
    }

    @Test
    void theCertificateIsForATlsServerWithTheGivenNames() throws Exception {
        Instant before = Instant.now();
        X509Certificate c = ServerKeyStore.certificate(ServerKeyStore.loadOrCreate(dir.resolve("s.p12"), PASSWORD, NAMES));

        assertThat(c.getSubjectX500Principal().getName()).isEqualTo("O=Ampgate,CN=gateway.example");
        assertThat(c.getIssuerX500Principal()).isEqualTo(c.getSubjectX500Principal());
        assertThat(c.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(2, "gateway.example"), List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(((ECPublicKey) c.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(c.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(c.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(c.getNotAfter().toInstant()).isBetween(before.plus(Duration.ofDays(3650)),
                Instant.now().plus(Duration.ofDays(3654)));
        c.verify(c.getPublicKey());
    }

    @ParameterizedTest
    @CsvSource({"TLSv1.3, 127.0.0.1", "TLSv1.2, 127.0.0.1", "TLSv1.3, localhost"})
    void aClientThatTrustsTheCertificateCompletesATlsHandshake(String protocol, String host) throws Exception {
        KeyStore keys = ServerKeyStore.loadOrCreate(dir.resolve("s.p12"), PASSWORD, NAMES);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("gateway", ServerKeyStore.certificate(keys));

        assertThat(echo(keys, trusted, protocol, host)).isEqualTo("hello over " + protocol);
    }

    @Test
    void aClientThatTrustsAnotherCertificateIsRefused() throws Exception {
        KeyStore keys = ServerKeyStore.loadOrCreate(dir.resolve("s.p12"), PASSWORD, NAMES);
        KeyStore other = KeyStore.getInstance("PKCS12");
        other.load(null, null);
        other.setCertificateEntry("other", ServerKeyStore.certificate(
                ServerKeyStore.loadOrCreate(dir.resolve("other.p12"), PASSWORD, NAMES)));

        assertThatThrownBy(() -> echo(keys, other, "TLSv1.3", "127.0.0.1")).isInstanceOf(SSLHandshakeException.class);
    }

    /** A real TLS server socket on 127.0.0.1 that echoes one line, and a client that checks the host name. */
    private static String echo(KeyStore keys, KeyStore trusted, String protocol, String host) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);

        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setEnabledProtocols(new String[] {protocol});
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SSLSocket s = (SSLSocket) listener.accept()) {
                    s.setSoTimeout(10_000);
                    String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                            .readLine();
                    new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8).println(line + " over "
                            + s.getSession().getProtocol());
                } catch (IOException e) {
                    // the client sees the failure
                }
            });
            try (SSLSocket s = (SSLSocket) client.getSocketFactory().createSocket(host, listener.getLocalPort())) {
                s.setSoTimeout(10_000);
                SSLParameters parameters = s.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!host.equals("127.0.0.1")) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                s.setSSLParameters(parameters);
                s.startHandshake();
                new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8).println("hello");
                return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            } finally {
                served.get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aDamagedKeyStoreIsReportedAndLeftAsItIs() throws Exception {
        Path file = dir.resolve("ocpp-server.p12");
        Files.writeString(file, "not a key store");

        assertThatThrownBy(() -> ServerKeyStore.loadOrCreate(file, PASSWORD, NAMES)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot read the OCPP server key store " + file).hasMessageContaining("left as it is");
        assertThat(file).hasContent("not a key store");
    }

    @Test
    void aWrongPasswordIsReportedAndTheFileKept() throws Exception {
        Path file = dir.resolve("ocpp-server.p12");
        ServerKeyStore.loadOrCreate(file, PASSWORD, NAMES);
        byte[] written = Files.readAllBytes(file);

        assertThatThrownBy(() -> ServerKeyStore.loadOrCreate(file, "wrong".toCharArray(), NAMES))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
        assertThat(file).hasBinaryContent(written);
    }

    @Test
    void aKeyStoreWithoutAPrivateKeyIsRefused() throws Exception {
        Path file = dir.resolve("certificates-only.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ServerKeyStore.certificate(ServerKeyStore.loadOrCreate(dir.resolve("s.p12"),
                PASSWORD, NAMES)));
        try (var out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }

        assertThatThrownBy(() -> ServerKeyStore.load(file, PASSWORD)).isInstanceOf(IOException.class)
                .hasMessage("the OCPP server key store " + file + " holds no private key with a certificate");
    }

    @Test
    void theCertificateTravelsAsPemAndIsKnownByItsFingerprint() throws Exception {
        X509Certificate c = ServerKeyStore.certificate(ServerKeyStore.loadOrCreate(dir.resolve("s.p12"), PASSWORD, NAMES));

        String pem = ServerKeyStore.pem(c);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("\n-----END CERTIFICATE-----\n");
        assertThat(pem.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(64);
        assertThat(CertificateFactory.getInstance("X.509").generateCertificate(
                new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(c);
        assertThat(ServerKeyStore.fingerprint(c)).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void thisMachineIsNamedByItsHostNameLocalhostAndItsAddresses() {
        SelfSignedCertificate.Names names = SelfSignedCertificate.Names.ofThisMachine();

        assertThat(names.commonName()).isNotBlank();
        assertThat(names.dnsNames()).contains(names.commonName(), "localhost");
        assertThat(names.ipAddresses()).contains(InetAddress.getLoopbackAddress()).doesNotHaveDuplicates()
                .noneMatch(InetAddress::isLinkLocalAddress);
    }
}
