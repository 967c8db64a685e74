package io.ampgate.store.backup.internal;

import io.ampgate.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An archive opened for restoring, checked entirely before anything is touched: a readable zip,
 * our manifest, every entry present with its SHA-256, nothing extra, no unsafe names.
 */
public final class Archive implements AutoCloseable {
    private final Path file;
    private final ZipFile zip;
    private final Manifest manifest;

    private Archive(Path file, ZipFile zip, Manifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and verifies {@code file}; refuses it with a {@link StoreException} naming the problem. */
    public static Archive open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw refused(file, "no such file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw refused(file, "it is not a readable zip archive (damaged or truncated?): " + e.getMessage());
        } catch (IOException e) {
            throw refused(file, "it cannot be read: " + e.getMessage());
        }
        try {
            Archive archive = new Archive(file, zip, verify(file, zip));
            zip = null;
            return archive;
        } finally {
            if (zip != null) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // refusing already
                }
            }
        }
    }

    private static Manifest verify(Path file, ZipFile zip) {
        ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
        if (manifestEntry == null) {
            throw refused(file, "it is not an Ampgate backup: it has no " + Manifest.ENTRY);
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = Manifest.read(in);
        } catch (IOException e) {
            throw refused(file, e.getMessage());
        }
        List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        for (String name : names) {
            if (name.equals(Manifest.ENTRY) || name.endsWith("/")) {
                continue;
            }
            if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")
                    || !(name.startsWith("db/") || name.startsWith("conf/"))) {
                throw refused(file, "it holds an entry with an unsafe or unknown name: " + name);
            }
            if (!manifest.checksums().containsKey(name)) {
                throw refused(file, "entry " + name + " is not listed in the manifest");
            }
        }
        for (var expected : manifest.checksums().entrySet()) {
            ZipEntry entry = zip.getEntry(expected.getKey());
            if (entry == null) {
                throw refused(file, "entry " + expected.getKey() + " is missing");
            }
            String actual;
            try (InputStream in = zip.getInputStream(entry)) {
                MessageDigest sha = Exporter.sha256();
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
                actual = HexFormat.of().formatHex(sha.digest());
            } catch (IOException e) {
                throw refused(file, "entry " + expected.getKey() + " is damaged: " + e.getMessage());
            }
            if (!actual.equalsIgnoreCase(expected.getValue())) {
                throw refused(file, "entry " + expected.getKey() + " is damaged (its SHA-256 does not match the manifest)");
            }
        }
        for (String table : manifest.tables().keySet()) {
            if (!table.matches("[a-z_][a-z0-9_]*") || zip.getEntry(tableEntry(table)) == null) {
                throw refused(file, "table " + table + " of the manifest has no valid entry in the archive");
            }
        }
        return manifest;
    }

    static String tableEntry(String table) {
        return "db/" + table + ".jsonl";
    }

    static StoreException refused(Path file, String why) {
        return new StoreException("refused " + file.getFileName() + ": " + why + "; nothing was changed");
    }

    public Path file() {
        return file;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The rows of {@code table} as JSON lines. */
    InputStream table(String table) throws IOException {
        return zip.getInputStream(zip.getEntry(tableEntry(table)));
    }

    /** The {@code conf/} entries, with their names below {@code conf/}. */
    List<ZipEntry> confEntries() {
        return Collections.list(zip.entries()).stream()
                .filter(e -> e.getName().startsWith("conf/") && !e.isDirectory()).map(e -> (ZipEntry) e).toList();
    }

    InputStream open(ZipEntry entry) throws IOException {
        return zip.getInputStream(entry);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
