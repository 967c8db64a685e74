package io.ampgate.store.backup.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of the connection's schema as the database describes them (JDBC metadata), so that
 * backups need no list of tables: whatever the migrations created is included. Names are lower
 * case, as the migrations write them unquoted.
 */
public final class Tables {

    /** A column and how its values travel. */
    public record Column(String name, int jdbcType, boolean identity) {
        public boolean binary() {
            return jdbcType == Types.BLOB || jdbcType == Types.BINARY || jdbcType == Types.VARBINARY
                    || jdbcType == Types.LONGVARBINARY;
        }

        /** Columns that Derby cannot sort on. */
        boolean large() {
            return binary() || jdbcType == Types.CLOB || jdbcType == Types.NCLOB;
        }
    }

    /** A table with its columns in order and its primary key. */
    public record Table(String name, List<Column> columns, List<String> primaryKey) {
        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
        }

        public Column column(String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
        }
    }

    private Tables() {}

    /** All tables of the schema, parents before the tables whose foreign keys point at them. */
    public static List<Table> of(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, String> names = new TreeMap<>(); // lower case -> as the database spells it
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.put(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), rs.getString("TABLE_NAME"));
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            tables.put(name.getKey(), describe(meta, schema, name.getKey(), name.getValue()));
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, name.getValue())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(name.getKey())) {
                        p.add(parent);
                    }
                }
            }
            parents.put(name.getKey(), p);
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : tables.keySet()) {
            visit(table, parents, ordered, new LinkedHashSet<>());
        }
        return ordered.stream().map(tables::get).toList();
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> ordered, Set<String> path) {
        if (ordered.contains(table) || !path.add(table) || !parents.containsKey(table)) {
            return; // done, a cycle (the insert order cannot help there), or outside the schema
        }
        for (String parent : parents.get(table)) {
            visit(parent, parents, ordered, path);
        }
        ordered.add(table);
    }

    private static Table describe(DatabaseMetaData meta, String schema, String name, String spelled) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, spelled, "%")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"),
                        "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        TreeMap<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, spelled)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new Table(name, columns, new ArrayList<>(key.values()));
    }

    /** The ORDER BY clause that makes an export stable: the primary key, else the sortable columns. */
    static String orderBy(Table t) {
        List<String> sort = t.primaryKey().isEmpty()
                ? t.columns().stream().filter(c -> !c.large()).map(Column::name).toList()
                : t.primaryKey();
        return sort.isEmpty() ? "" : " ORDER BY " + String.join(", ", sort);
    }
}
