package io.ampgate.simulator.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** wss with a trusted server certificate, and mutual TLS with a station certificate. */
class TlsTest {

    private static TestCertificates.Identity server;
    private static TestCertificates.Identity station;

    @BeforeAll
    static void certificates() throws Exception {
        server = TestCertificates.server();
        station = TestCertificates.station("CP-TLS");
    }

    @Test
    void connectsOverWssTrustingTheServerCertificate() throws Exception {
        try (TestCentralSystem central = TestCentralSystem.startTls(server.keyStore(), TestCertificates.PASSWORD, null)) {
            ChargePointSimulator simulator = ChargePointSimulator.builder("CP-TLS", central.baseUri())
                    .sslContext(TestCertificates.clientContext(server.certificate(), null)).basicAuth("pw").build();

            StationLink link = central.connect(simulator);

            assertThat(central.baseUri().getScheme()).isEqualTo("wss");
            assertThat(central.awaitHandshake().authorization()).startsWith("Basic ");
            assertThat(simulator.bootNotification()).succeedsWithin(TestCentralSystem.TIMEOUT);
            assertThat(link.awaitCall().get(2).asText()).isEqualTo("BootNotification");
        }
    }

    @Test
    void refusesAServerItDoesNotTrust() throws Exception {
        TestCertificates.Identity other = TestCertificates.server();
        try (TestCentralSystem central = TestCentralSystem.startTls(server.keyStore(), TestCertificates.PASSWORD, null)) {
            ChargePointSimulator simulator = ChargePointSimulator.builder("CP-TLS", central.baseUri())
                    .sslContext(TestCertificates.clientContext(other.certificate(), null)).build();

            assertThatThrownBy(simulator::connect).isInstanceOf(IOException.class)
                    .isNotInstanceOf(HandshakeRefusedException.class);
        }
    }

    @Test
    void showsItsClientCertificateForMutualTls() throws Exception {
        try (TestCentralSystem central = TestCentralSystem.startTls(server.keyStore(), TestCertificates.PASSWORD,
                TestCertificates.trustStore(station.certificate()))) {
            SSLContext context = TestCertificates.clientContext(server.certificate(), station);
            HttpClient shared = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
            ChargePointSimulator simulator = ChargePointSimulator.builder("CP-TLS", central.baseUri())
                    .httpClient(shared).build();

            central.connect(simulator);

            assertThat(central.awaitHandshake().clientCertificate().getSubjectX500Principal().getName())
                    .isEqualTo("CN=CP-TLS");
        }
    }

    @Test
    void withoutClientCertificateMutualTlsFails() throws Exception {
        try (TestCentralSystem central = TestCentralSystem.startTls(server.keyStore(), TestCertificates.PASSWORD,
                TestCertificates.trustStore(station.certificate()))) {
            ChargePointSimulator simulator = ChargePointSimulator.builder("CP-TLS", central.baseUri())
                    .sslContext(TestCertificates.clientContext(server.certificate(), null)).build();

            assertThatThrownBy(simulator::connect).isInstanceOf(IOException.class);
        }
    }

    @Test
    void sharedClientAndOwnContextCannotBeCombined() throws Exception {
        SimulatorBuilder builder = ChargePointSimulator.builder("CP-TLS", java.net.URI.create("wss://127.0.0.1:1/"))
                .httpClient(HttpClient.newHttpClient()).sslContext(SSLContext.getDefault());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }
}
