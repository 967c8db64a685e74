package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCPP central system inside the real gateway: stations connect, get registered, over ws and wss. */
class OcppGatewayIT {

    @Test
    void aStationConnectsWaitsForRegistrationAndIsThenAcceptedOverWsAndWss(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            site.run(OcppGatewayIT::scenario);
        }
    }

    private static void scenario(Site site) throws Exception {
        {
            assertThat(site.ampgate("start").exit()).isZero();
            assertThat(site.exec("ampgate:health").out()).startsWith("OK: ");
            // Declarative Services may start the component once on its defaults before the site's
            // configuration reaches it (see the issue note); wait for the configured server
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!site.log().contains("listening on 127.0.0.1: ws " + site.ocppPort)) {
                assertThat(System.nanoTime()).as("the configured OCPP server starts").isLessThan(deadline);
                Thread.sleep(50);
            }

            ChargePointSimulator cp = ChargePointSimulator.builder("CP-IT",
                    URI.create("ws://127.0.0.1:" + site.ocppPort + "/ocpp/")).build().connect();
            assertThat(cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS).resultPayload()
                    .get("status").asText()).isEqualTo("Pending");
            assertThat(site.exec("ocpp:stations").out()).containsPattern("CP-IT +no +yes +Pending +127.0.0.1");

            Site.Result register = site.exec("ocpp:register CP-IT");
            assertThat(register.exit()).as(register.all()).isZero();
            assertThat(cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS).resultPayload()
                    .get("status").asText()).isEqualTo("Accepted");
            Site.Result clearCache = site.exec("ocpp:send CP-IT ClearCache");
            assertThat(clearCache.exit()).as(clearCache.all()).isZero();
            assertThat(clearCache.out()).contains("\"Accepted\"");

            // the local list: pushed (or already there after the accepted boot), then listed
            Site.Result push = site.exec("ocpp:list push CP-IT");
            assertThat(push.exit()).as(push.all()).isZero();
            assertThat(push.out()).containsPattern("^(SENT|IN_SYNC): ");
            Site.Result lists = site.exec("ocpp:lists");
            assertThat(lists.out()).as(lists.all()).containsPattern("CP-IT +yes +default +- +1 ");

            String password = "correct-horse-battery-staple";
            assertThat(site.exec("ocpp:security CP-TLS 2 " + password).exit()).isZero();
            ChargePointSimulator secure = ChargePointSimulator.builder("CP-TLS",
                            URI.create("wss://127.0.0.1:" + site.ocppTlsPort + "/ocpp/"))
                    .basicAuth(password).sslContext(trusting(site.base.resolve("data/ocpp"))).build().connect();
            assertThat(secure.heartbeat().get(10, TimeUnit.SECONDS).resultPayload().has("currentTime")).isTrue();
            cp.abort();
            secure.abort();
        }
    }

    /** Trusts the certificate the gateway generated on first start. */
    private static SSLContext trusting(Path folder) throws Exception {
        char[] password = Files.readString(folder.resolve("ocpp-server.p12.password"), StandardCharsets.US_ASCII)
                .trim().toCharArray();
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve("ocpp-server.p12"))) {
            server.load(in, password);
        }
        Certificate certificate = server.getCertificate(server.aliases().nextElement());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("gateway", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
