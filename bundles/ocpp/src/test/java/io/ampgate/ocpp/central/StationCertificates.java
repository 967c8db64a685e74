package io.ampgate.ocpp.central;

import io.ampgate.ocpp.security.ServerKeyStore;
import java.math.BigInteger;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority of station certificates (OCPP security profile 3), made in memory for
 * the tests: EC P-256 keys from the JDK, certificates from BouncyCastle.
 */
final class StationCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair keys;
    private final X509Certificate certificate;

    private StationCertificates(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new CA, its certificate self-signed. */
    static StationCertificates authority(String name) throws Exception {
        KeyPair keys = newKeys();
        X500Name subject = new X500Name("CN=" + name + ",O=Ampgate tests");
        JcaX509v3CertificateBuilder builder = builder(subject, subject, keys);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new StationCertificates(keys, sign(builder, keys.getPrivate()));
    }

    /** Writes the CA's certificate as a PEM file: what an installer configures as truststore. */
    Path writePem(Path file) throws Exception {
        return Files.writeString(file, ServerKeyStore.pem(certificate));
    }

    /** The key managers of a station whose certificate, with CN {@code commonName}, this CA signed. */
    KeyManager[] issue(String commonName) throws Exception {
        KeyPair station = newKeys();
        JcaX509v3CertificateBuilder builder = builder(new X500Name("CN=" + commonName + ",O=Ampgate tests"),
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), station);
        clientExtensions(builder);
        return present(station.getPrivate(), sign(builder, keys.getPrivate()), certificate);
    }

    /** The key managers of a station whose certificate signed itself: no truststore holds it. */
    static KeyManager[] selfSigned(String commonName) throws Exception {
        KeyPair station = newKeys();
        X500Name subject = new X500Name("CN=" + commonName);
        JcaX509v3CertificateBuilder builder = builder(subject, subject, station);
        clientExtensions(builder);
        return present(station.getPrivate(), sign(builder, station.getPrivate()));
    }

    private static KeyPair newKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static JcaX509v3CertificateBuilder builder(X500Name subject, X500Name issuer, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
                keys.getPublic());
    }

    private static void clientExtensions(JcaX509v3CertificateBuilder builder) throws Exception {
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey signer) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    }

    /**
     * Key managers that always present this one certificate, whatever CAs the server names: the
     * server, not the client's choice, must decide about an untrusted certificate.
     */
    private static KeyManager[] present(PrivateKey key, X509Certificate... chain) {
        return new KeyManager[] {new X509ExtendedKeyManager() {
            private static final String ALIAS = "station";

            @Override
            public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
                return ALIAS;
            }

            @Override
            public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
                return ALIAS;
            }

            @Override
            public String[] getClientAliases(String keyType, Principal[] issuers) {
                return new String[] {ALIAS};
            }

            @Override
            public X509Certificate[] getCertificateChain(String alias) {
                return chain.clone();
            }

            @Override
            public PrivateKey getPrivateKey(String alias) {
                return key;
            }

            @Override
            public String[] getServerAliases(String keyType, Principal[] issuers) {
                return null;
            }

            @Override
            public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
                return null;
            }
        }};
    }
}
