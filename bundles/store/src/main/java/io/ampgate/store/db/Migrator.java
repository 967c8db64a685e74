package io.ampgate.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the current schema. Migrations are SQL files named
 * {@code V<number>__<what>.sql} in {@code db/migration/}, listed in order in
 * {@code db/migration/index}; each runs once, in its own transaction, and is recorded in
 * {@code ampgate_schema}. A database newer than this code is refused, never touched.
 */
public final class Migrator {
    static final String FOLDER = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** One migration file. */
    public record Migration(int version, String description, String sql) {}

    private Migrator() {}

    /** Applies the store's migrations that are missing; returns the versions applied by this call. */
    public static List<Integer> migrate(Database db) throws SQLException {
        return migrate(db, load(Migrator.class.getClassLoader()));
    }

    /** Applies those of {@code all} (in version order) that are missing. */
    public static List<Integer> migrate(Database db, List<Migration> all) throws SQLException {
        List<Integer> applied = new ArrayList<>();
        try (Connection c = db.connection()) {
            ensureTable(c);
            int current = currentVersion(c);
            int latest = all.isEmpty() ? 0 : all.get(all.size() - 1).version();
            if (current > latest) {
                throw new SQLException("the database is at schema version " + current + ", newer than this gateway knows ("
                        + latest + "): it was written by a newer Ampgate; refusing to use it");
            }
            for (Migration m : all) {
                if (m.version() > current) {
                    apply(c, db.dialect(), m);
                    applied.add(m.version());
                }
            }
        }
        return applied;
    }

    public static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM ampgate_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The migrations listed in {@code db/migration/index} of {@code loader}, in order. */
    public static List<Migration> load(ClassLoader loader) {
        List<Migration> result = new ArrayList<>();
        for (String name : read(loader, FOLDER + "index").lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("migration '" + name + "' is not named V<number>__<what>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            if (!result.isEmpty() && version <= result.get(result.size() - 1).version()) {
                throw new IllegalStateException("migration " + name + " is out of order in the index");
            }
            result.add(new Migration(version, m.group(2).replace('_', ' '), read(loader, FOLDER + name)));
        }
        return result;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static void ensureTable(Connection c) throws SQLException {
        if (!tableExists(c, "ampgate_schema")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ampgate_schema (version INTEGER NOT NULL PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        String schema = c.getSchema();
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(null, schema, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void apply(Connection c, Dialect dialect, Migration m) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(dialect.render(m.sql()))) {
                s.execute(statement);
            }
            try (PreparedStatement record = c.prepareStatement(
                    "INSERT INTO ampgate_schema (version, description, applied_at) VALUES (?, ?, ?)")) {
                record.setInt(1, m.version());
                record.setString(2, m.description());
                record.setLong(3, System.currentTimeMillis());
                record.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration V" + m.version() + " (" + m.description() + ") failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Splits on ';' at the end of a line; '--' comment lines are dropped. */
    static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                result.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
