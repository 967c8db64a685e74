package io.ampgate.store.db;

import java.nio.file.Path;

/**
 * How to reach the database. An empty URL means the embedded default: Derby in
 * {@code data/db} of the site.
 *
 * @param url JDBC URL ({@code jdbc:derby:...} or {@code jdbc:postgresql://...})
 * @param user user name, may be empty
 * @param password password, may be empty
 * @param schema schema to work in, empty for the database's default
 * @param poolSize the most connections kept open
 */
public record DatabaseSettings(String url, String user, String password, String schema, int poolSize) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a database URL is required");
        }
        Dialect.of(url); // refuses unsupported URLs with a message that says which are supported
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("pool size must be between 1 and 100, not " + poolSize);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        schema = schema == null ? "" : schema;
    }

    /** The embedded default for a site whose data folder is {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings("jdbc:derby:" + dataDir.resolve("db").toAbsolutePath() + ";create=true", "", "", "", 8);
    }

    public Dialect dialect() {
        return Dialect.of(url);
    }

    /** The URL without credentials or options, safe for logs. */
    public String describe() {
        int options = url.indexOf(url.startsWith("jdbc:derby:") ? ';' : '?');
        return options < 0 ? url : url.substring(0, options);
    }
}
