package io.ampgate.store.backup.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts an archive's rows into a database in one transaction: every table emptied (children
 * first), the archive's rows inserted (parents first), identity columns moved past the largest
 * restored value. Anything wrong rolls it all back.
 */
public final class Importer {
    private static final int BATCH = 500;

    private Importer() {}

    /**
     * Replaces the rows of {@code db}, which must be migrated to the archive's schema version.
     * With {@code requireEmpty}, refuses a database that holds rows (besides the schema history).
     */
    public static Map<String, Long> restore(Database db, Archive archive, boolean requireEmpty) throws SQLException {
        Manifest m = archive.manifest();
        try (Connection c = db.connection()) {
            int current = Migrator.currentVersion(c);
            if (m.schemaVersion() > current) {
                throw Archive.refused(archive.file(), "it was written by a newer gateway (schema version "
                        + m.schemaVersion() + ", this gateway has " + current + ")");
            }
            if (m.schemaVersion() < current) {
                throw Archive.refused(archive.file(), "its schema version " + m.schemaVersion()
                        + " is older than this gateway's (" + current + "): restore it with the Ampgate version "
                        + m.gatewayVersion() + " that wrote it, then upgrade");
            }
            List<Tables.Table> tables = Tables.of(c);
            List<String> known = tables.stream().map(Tables.Table::name).toList();
            for (String table : m.tables().keySet()) {
                if (!known.contains(table)) {
                    throw Archive.refused(archive.file(), "its table " + table + " does not exist in this database");
                }
            }
            if (requireEmpty) {
                for (Tables.Table t : tables) {
                    if (!t.name().equals("ampgate_schema") && count(c, t.name()) > 0) {
                        throw new StoreException("the target database already holds data (table " + t.name()
                                + " has rows); use an empty database or --force to replace its data");
                    }
                }
            }
        }
        return db.inTransaction(c -> {
            List<Tables.Table> tables = Tables.of(c);
            List<Tables.Table> children = new ArrayList<>(tables);
            Collections.reverse(children);
            try (Statement s = c.createStatement()) {
                for (Tables.Table t : children) {
                    s.executeUpdate("DELETE FROM " + t.name());
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Tables.Table t : tables) {
                if (m.tables().containsKey(t.name())) {
                    long n = insert(c, archive, t);
                    if (n != m.tables().get(t.name())) {
                        throw Archive.refused(archive.file(), "table " + t.name() + " has " + n
                                + " rows but the manifest says " + m.tables().get(t.name()));
                    }
                    rows.put(t.name(), n);
                    restartIdentities(c, db.dialect(), t);
                }
            }
            return rows;
        });
    }

    private static long insert(Connection c, Archive archive, Tables.Table t) throws SQLException {
        String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", t.columns().stream().map(Tables.Column::name).toList())
                + ") VALUES (" + String.join(", ", Collections.nCopies(t.columns().size(), "?")) + ")";
        long count = 0;
        try (PreparedStatement insert = c.prepareStatement(sql); InputStream in = archive.table(t.name());
             JsonParser p = Manifest.JSON.createParser(in)) {
            for (JsonToken token; (token = p.nextToken()) != null; ) {
                if (token != JsonToken.START_OBJECT) {
                    throw Archive.refused(archive.file(), "table " + t.name() + ": row " + (count + 1) + " is not a JSON object");
                }
                for (int i = 1; i <= t.columns().size(); i++) {
                    insert.setNull(i, t.columns().get(i - 1).jdbcType());
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Tables.Column column = t.column(name);
                    if (column == null) {
                        throw Archive.refused(archive.file(), "table " + t.name() + " has no column " + name + " in this database");
                    }
                    p.nextToken();
                    set(insert, t.columns().indexOf(column) + 1, column, p);
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            if (count % BATCH != 0) {
                insert.executeBatch();
            }
        } catch (IOException e) {
            throw Archive.refused(archive.file(), "table " + t.name() + " cannot be read: " + e.getMessage());
        }
        return count;
    }

    private static void set(PreparedStatement s, int i, Tables.Column column, JsonParser p) throws SQLException, IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            s.setNull(i, column.jdbcType());
            return;
        }
        switch (column.jdbcType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> s.setLong(i, p.getLongValue());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> s.setDouble(i, p.getDoubleValue());
            case Types.DECIMAL, Types.NUMERIC -> s.setBigDecimal(i, p.getDecimalValue());
            case Types.BOOLEAN, Types.BIT -> s.setBoolean(i, p.getBooleanValue());
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> s.setBytes(i, p.getBinaryValue());
            default -> s.setString(i, p.getValueAsString());
        }
    }

    /** New rows continue after the largest restored id instead of colliding with it. */
    private static void restartIdentities(Connection c, Dialect dialect, Tables.Table t) throws SQLException {
        for (Tables.Column column : t.columns()) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(" + column.name() + ") FROM " + t.name())) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
            try (Statement s = c.createStatement()) {
                if (dialect == Dialect.DERBY) {
                    s.execute("ALTER TABLE " + t.name() + " ALTER COLUMN " + column.name() + " RESTART WITH " + next);
                } else {
                    String table = c.getSchema() + "." + t.name();
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column.name() + "'), " + next + ", false)");
                }
            }
        }
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
