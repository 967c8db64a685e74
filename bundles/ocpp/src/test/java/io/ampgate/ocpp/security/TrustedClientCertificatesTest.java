package io.ampgate.ocpp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedClientCertificatesTest {
    private static final char[] PASSWORD = "trust-store-pw".toCharArray();

    @TempDir
    Path dir;

    /** A certificate with the given subject, self-signed with the JDK. */
    private static X509Certificate certificate(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name(subject);
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                Date.from(now), Date.from(now.plusSeconds(3600)), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    @Test
    void aPemFileWithSeveralCertificatesTrustsEachOfThem() throws Exception {
        X509Certificate ca = certificate("CN=Site CA,O=CPO");
        X509Certificate second = certificate("CN=Second CA,O=CPO");
        Path file = dir.resolve("stations-ca.pem");
        Files.writeString(file, "\n" + ServerKeyStore.pem(ca) + ServerKeyStore.pem(second));

        KeyStore store = TrustedClientCertificates.load(file, null);

        assertThat(Collections.list(store.aliases())).hasSize(2);
        assertThat(List.of(store.getCertificate("trusted-1"), store.getCertificate("trusted-2"))).containsExactly(ca, second);
        assertThat(store.isCertificateEntry("trusted-1")).isTrue();
    }

    @Test
    void aPkcs12TrustStoreIsLoadedWithItsPassword() throws Exception {
        KeyStore original = KeyStore.getInstance("PKCS12");
        original.load(null, null);
        original.setCertificateEntry("ca", certificate("CN=Site CA"));
        Path file = dir.resolve("trust.p12");
        try (var out = Files.newOutputStream(file)) {
            original.store(out, PASSWORD);
        }

        assertThat(TrustedClientCertificates.load(file, PASSWORD).getCertificate("ca"))
                .isEqualTo(original.getCertificate("ca"));
        assertThatThrownBy(() -> TrustedClientCertificates.load(file, "wrong".toCharArray()))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
    }

    @Test
    void aFileWithoutCertificatesIsReported() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n");
        Path missing = dir.resolve("missing.pem");
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        Path emptyStore = dir.resolve("empty.p12");
        try (var out = Files.newOutputStream(emptyStore)) {
            empty.store(out, PASSWORD);
        }

        assertThatThrownBy(() -> TrustedClientCertificates.load(garbage, null)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot read the trusted station certificates " + garbage);
        assertThatThrownBy(() -> TrustedClientCertificates.load(missing, null)).isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> TrustedClientCertificates.load(emptyStore, PASSWORD)).isInstanceOf(IOException.class)
                .hasMessage("the trusted station certificates " + emptyStore + " hold no certificate");
    }

    @Test
    void theIdentityIsTheOneCommonNameAsWritten() throws Exception {
        assertThat(TrustedClientCertificates.commonName(certificate("CN=CP001,O=Example CPO"))).isEqualTo("CP001");
        assertThat(TrustedClientCertificates.commonName(certificate("O=CPO,CN=CP\\+1\\=a|b@c.d"))).as("not escaped")
                .isEqualTo("CP+1=a|b@c.d");
        assertThat(TrustedClientCertificates.commonName(certificate("O=CPO"))).isNull();
        assertThat(TrustedClientCertificates.commonName(certificate("CN=CP001,CN=CP002"))).as("ambiguous").isNull();
        assertThat(TrustedClientCertificates.commonName(certificate("CN=CP001+SERIALNUMBER=7"))).isNull();
    }
}
