package io.ampgate.ocpp.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The PKCS12 key store of the stations' TLS port: loaded from its file, or, when there is no file
 * yet, generated once with a {@link SelfSignedCertificate} and written there (a temporary file
 * moved into place, so that a crash never leaves half a key store). A file that cannot be read is
 * reported, never replaced: it may hold the certificate the stations trust.
 */
public final class ServerKeyStore {
    /** The alias of the key in a generated key store. */
    public static final String ALIAS = "ocpp-server";

    private ServerKeyStore() {}

    /**
     * The key store at {@code file}, generated first if the file does not exist.
     *
     * @param file the PKCS12 file, e.g. {@code data/ocpp/ocpp-server.p12}; missing folders are made
     * @param password the key store's password, also the key's
     * @param names who a new certificate is for; asked only when one is generated
     * @return the key store
     * @throws IOException if the file cannot be read or written, is not a PKCS12 key store with a
     *     private key, or the password is wrong; the message names the file
     */
    public static KeyStore loadOrCreate(Path file, char[] password, Supplier<SelfSignedCertificate.Names> names)
            throws IOException {
        if (Files.exists(file)) {
            return load(file, password);
        }
        KeyStore.PrivateKeyEntry entry = SelfSignedCertificate.generate(names.get(), Instant.now());
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setEntry(ALIAS, entry, new KeyStore.PasswordProtection(password));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            write(file, bytes.toByteArray());
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the OCPP server key store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a PKCS12 key store and checks that it holds a private key.
     *
     * @param file the file
     * @param password its password
     * @return the key store
     * @throws IOException if it cannot be read, is damaged, has no private key or the password is
     *     wrong; the message names the file
     */
    public static KeyStore load(Path file, char[] password) throws IOException {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IOException("cannot read the OCPP server key store " + file + " (wrong password or a damaged file;"
                    + " it is left as it is): " + e.getMessage(), e);
        }
        try {
            certificate(store);
        } catch (IllegalArgumentException e) {
            throw new IOException("the OCPP server key store " + file + " holds no private key with a certificate", e);
        }
        return store;
    }

    /**
     * The certificate of a key store's first private key.
     *
     * @param store a key store from {@link #load} or {@link #loadOrCreate}
     * @return its certificate
     * @throws IllegalArgumentException if it has no private key with an X.509 certificate
     */
    public static X509Certificate certificate(KeyStore store) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate c) {
                    return c;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the key store: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("the key store holds no private key with an X.509 certificate");
    }

    /**
     * A certificate in PEM, as stations take it (OCPP InstallCertificate) and installers copy it.
     *
     * @param certificate the certificate
     * @return its PEM text
     */
    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the certificate: " + e.getMessage(), e);
        }
    }

    /**
     * A certificate's SHA-256 fingerprint, as browsers and stations show it.
     *
     * @param certificate the certificate
     * @return upper-case hex pairs separated by {@code ':'}
     */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot compute the fingerprint: " + e.getMessage(), e);
        }
    }

    /** Writes {@code bytes} to a temporary file beside {@code file}, to disk, then moves it into place. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp"); // owner only on POSIX
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true); // the move itself to disk
        } catch (IOException e) {
            // not every file system lets a folder be synced; the move is done either way
        }
    }
}
