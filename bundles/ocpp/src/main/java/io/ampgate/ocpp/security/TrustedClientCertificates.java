package io.ampgate.ocpp.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The certificates that station certificates are checked against for security profile 3 (the
 * trust store of the stations' TLS port), and the identity a station certificate names.
 */
public final class TrustedClientCertificates {

    private TrustedClientCertificates() {}

    /**
     * Loads the trusted certificates: a PEM file with one or more certificates (e.g. the CA that
     * signs the stations' certificates), or a PKCS12 trust store.
     *
     * @param file the file; PEM when it starts with {@code -----BEGIN}
     * @param password the PKCS12 password; ignored for PEM
     * @return a key store with the trusted certificates
     * @throws IOException if the file cannot be read, is damaged, holds no certificate or the
     *     password is wrong; the message names the file
     */
    public static KeyStore load(Path file, char[] password) throws IOException {
        KeyStore store;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1).strip()
                    .startsWith("-----BEGIN")) {
                store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                int n = 0;
                for (Certificate c : CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(bytes))) {
                    store.setCertificateEntry("trusted-" + ++n, c);
                }
            } else {
                store = KeyStore.getInstance("PKCS12");
                store.load(new ByteArrayInputStream(bytes), password);
            }
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias)) {
                    return store;
                }
            }
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IOException("cannot read the trusted station certificates " + file + ": " + e.getMessage(), e);
        }
        throw new IOException("the trusted station certificates " + file + " hold no certificate");
    }

    /**
     * The subject CN of a station certificate: its identity under security profile 3.
     *
     * @param certificate the certificate TLS verified
     * @return the CN, or {@code null} if the subject has none or more than one
     */
    public static String commonName(X509Certificate certificate) {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        if (names.length != 1 || names[0].isMultiValued()) {
            return null;
        }
        // the value as written, unescaped: identities may contain '+' and '='
        return names[0].getFirst().getValue() instanceof ASN1String text ? text.getString() : null;
    }
}
