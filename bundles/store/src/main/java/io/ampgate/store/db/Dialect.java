package io.ampgate.store.db;

import java.util.Map;

/**
 * The databases the store runs on. Migrations are written once in portable SQL; the few types that
 * differ are written as placeholders ({@code ${TEXT}}, {@code ${BLOB}}) and filled in here.
 */
public enum Dialect {
    DERBY(Map.of("TEXT", "CLOB", "BLOB", "BLOB")),
    POSTGRESQL(Map.of("TEXT", "TEXT", "BLOB", "BYTEA"));

    private final Map<String, String> types;

    Dialect(Map<String, String> types) {
        this.types = types;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:derby:")) {
            return DERBY;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:derby:PATH or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    /** Replaces {@code ${NAME}} placeholders of a migration with this dialect's types. */
    public String render(String sql) {
        String result = sql;
        for (Map.Entry<String, String> type : types.entrySet()) {
            result = result.replace("${" + type.getKey() + "}", type.getValue());
        }
        return result;
    }
}
