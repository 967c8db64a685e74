package io.ampgate.ocpp.security;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A new key and self-signed certificate for the stations' TLS port, for a site that configured
 * none: an EC P-256 key from the JDK, a certificate built with BouncyCastle and signed
 * SHA256withECDSA by the JDK (no BouncyCastle security provider is registered), valid for
 * {@value #VALIDITY_YEARS} years, for TLS servers only (not a CA, digitalSignature, serverAuth).
 * Stations that check the server certificate must be given this one (or its fingerprint).
 */
public final class SelfSignedCertificate {
    /** How long a certificate is valid. */
    public static final int VALIDITY_YEARS = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Who the certificate is for: its subject CN and its subject alternative names, which are what
     * TLS clients check. Put every name and address stations connect to in the lists.
     *
     * @param commonName the subject CN, e.g. the host name
     * @param dnsNames the DNS names
     * @param ipAddresses the IP addresses
     */
    public record Names(String commonName, List<String> dnsNames, List<InetAddress> ipAddresses) {

        /** Checks the CN and copies the lists. */
        public Names {
            if (commonName == null || commonName.isBlank()) {
                throw new IllegalArgumentException("the certificate's common name is required");
            }
            dnsNames = List.copyOf(dnsNames);
            ipAddresses = List.copyOf(ipAddresses);
        }

        /**
         * This machine: CN = its host name, DNS names the host name and {@code localhost}, IP
         * addresses {@code 127.0.0.1} and every address of a network interface that is up, not
         * loopback and not link-local.
         *
         * @return the names
         */
        public static Names ofThisMachine() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
            Set<String> dns = new LinkedHashSet<>(List.of(host, "localhost"));
            return new Names(host, new ArrayList<>(dns), addresses());
        }

        private static List<InetAddress> addresses() {
            Set<InetAddress> result = new LinkedHashSet<>();
            result.add(InetAddress.getLoopbackAddress());
            try {
                for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                    if (!nic.isUp() || nic.isLoopback()) {
                        continue;
                    }
                    for (InetAddress address : nic.inetAddresses().toList()) {
                        if (!address.isLinkLocalAddress() && !address.isLoopbackAddress()) {
                            result.add(InetAddress.getByAddress(address.getAddress())); // without an IPv6 scope
                        }
                    }
                }
            } catch (SocketException | UnknownHostException e) {
                // the interfaces could not be listed: the certificate names the loopback address only
            }
            return new ArrayList<>(result);
        }
    }

    private SelfSignedCertificate() {}

    /**
     * Generates a key pair and its certificate.
     *
     * @param names who the certificate is for
     * @param now the start of its validity (an hour earlier, for stations whose clock is behind)
     * @return the private key with the certificate
     */
    public static KeyStore.PrivateKeyEntry generate(Names names, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, names.commonName())
                    .addRDN(BCStyle.O, "Ampgate").build();
            Instant until = now.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(until), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(names));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new KeyStore.PrivateKeyEntry(keys.getPrivate(), new Certificate[] {certificate});
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot generate the OCPP server certificate: " + e.getMessage(), e);
        }
    }

    private static GeneralNames alternativeNames(Names names) {
        List<GeneralName> result = new ArrayList<>();
        for (String dns : names.dnsNames()) {
            result.add(new GeneralName(GeneralName.dNSName, dns));
        }
        for (InetAddress ip : names.ipAddresses()) {
            result.add(new GeneralName(GeneralName.iPAddress, new DEROctetString(ip.getAddress())));
        }
        return new GeneralNames(result.toArray(GeneralName[]::new));
    }
}
