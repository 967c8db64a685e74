package io.ampgate.store.backup.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.ampgate.store.db.Database;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.Migrator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an archive: every table of the schema as {@code db/<table>.jsonl} read in one
 * transaction (a snapshot on PostgreSQL; on Derby writers wait until it ends), the site's
 * {@code conf/} folder, and {@code manifest.json} last. The archive is written under a temporary
 * name and renamed when complete.
 */
public final class Exporter {

    private Exporter() {}

    /** Writes {@code target}; {@code confDir} may be null (no configuration in the archive). */
    public static Manifest export(Database db, Path confDir, Path target, Instant now, String gatewayVersion)
            throws IOException, SQLException {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Map<String, String> checksums = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        int schemaVersion;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(db.dialect() == Dialect.POSTGRESQL
                        ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE);
                try {
                    schemaVersion = Migrator.currentVersion(c);
                    for (Tables.Table t : Tables.of(c)) {
                        String entry = "db/" + t.name() + ".jsonl";
                        rows.put(t.name(), entry(zip, entry, checksums, out -> writeRows(c, t, out)));
                    }
                    c.commit();
                } finally {
                    c.rollback();
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    c.setAutoCommit(true);
                }
            }
            if (confDir != null && Files.isDirectory(confDir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(confDir)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    String entry = "conf/" + confDir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    entry(zip, entry, checksums, out -> {
                        Files.copy(file, out);
                        return 0;
                    });
                }
            }
            Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.VERSION, now.toString(), gatewayVersion,
                    schemaVersion, db.dialect().name(), rows, checksums);
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            manifest.write(zip);
            zip.closeEntry();
            zip.finish();
            zip.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface EntryWriter {
        long write(OutputStream out) throws IOException, SQLException;
    }

    private static long entry(ZipOutputStream zip, String name, Map<String, String> checksums, EntryWriter writer)
            throws IOException, SQLException {
        MessageDigest sha = sha256();
        zip.putNextEntry(new ZipEntry(name));
        long count;
        try (DigestOutputStream out = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the zip stays open for the next entry
            }
        }, sha)) {
            count = writer.write(out);
        }
        zip.closeEntry();
        checksums.put(name, HexFormat.of().formatHex(sha.digest()));
        return count;
    }

    private static long writeRows(Connection c, Tables.Table t, OutputStream out) throws IOException, SQLException {
        long count = 0;
        try (Statement s = c.createStatement(); JsonGenerator g = Manifest.JSON.createGenerator(out)) {
            g.setRootValueSeparator(null);
            s.setFetchSize(500);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + t.name() + Tables.orderBy(t))) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    g.writeStartObject();
                    for (int i = 1; i <= n; i++) {
                        g.writeFieldName(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                        writeValue(g, rs, i, rs.getMetaData().getColumnType(i));
                    }
                    g.writeEndObject();
                    g.writeRaw('\n');
                    count++;
                }
            }
        }
        return count;
    }

    private static void writeValue(JsonGenerator g, ResultSet rs, int i, int type) throws IOException, SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) g.writeNull(); else g.writeNumber(v);
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) g.writeNull(); else g.writeNumber(v);
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                java.math.BigDecimal v = rs.getBigDecimal(i);
                if (v == null) g.writeNull(); else g.writeNumber(v);
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) g.writeNull(); else g.writeBoolean(v);
            }
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] v = rs.getBytes(i);
                if (v == null) g.writeNull(); else g.writeBinary(v);
            }
            default -> {
                String v = rs.getString(i);
                if (v == null) g.writeNull(); else g.writeString(v);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
