package io.ampgate.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A pool of connections to the site's database (HikariCP over the driver's own DataSource). */
public final class PooledDatabase implements Database, AutoCloseable {
    private final DatabaseSettings settings;
    private final HikariDataSource pool;

    private PooledDatabase(DatabaseSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    public static PooledDatabase open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        // The driver's own DataSource: no DriverManager or class-name lookups, which OSGi would defeat.
        config.setDataSource(dataSource(settings));
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setPoolName("ampgate-store");
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        if (!settings.schema().isEmpty()) {
            // unquoted names fold to upper case in Derby and to lower case in PostgreSQL
            config.setSchema(settings.dialect() == Dialect.DERBY
                    ? settings.schema().toUpperCase(java.util.Locale.ROOT)
                    : settings.schema().toLowerCase(java.util.Locale.ROOT));
        }
        return new PooledDatabase(settings, new HikariDataSource(config));
    }

    private static DataSource dataSource(DatabaseSettings settings) {
        return switch (settings.dialect()) {
            case DERBY -> {
                org.apache.derby.jdbc.BasicEmbeddedDataSource40 ds = new org.apache.derby.jdbc.BasicEmbeddedDataSource40();
                String rest = settings.url().substring("jdbc:derby:".length());
                int options = rest.indexOf(';');
                ds.setDatabaseName(options < 0 ? rest : rest.substring(0, options));
                if (options >= 0) {
                    ds.setConnectionAttributes(rest.substring(options + 1));
                }
                if (!settings.user().isEmpty()) {
                    ds.setUser(settings.user());
                    ds.setPassword(settings.password());
                }
                yield ds;
            }
            case POSTGRESQL -> {
                org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                ds.setURL(settings.url());
                if (!settings.user().isEmpty()) {
                    ds.setUser(settings.user());
                    ds.setPassword(settings.password());
                }
                ds.setReWriteBatchedInserts(true);
                yield ds;
            }
        };
    }

    @Override
    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Closes the pool; the embedded engine keeps running (see {@link #shutDown()}). */
    @Override
    public void close() {
        pool.close();
    }

    /** Closes the pool and, for Derby, shuts the database down so that its files are left clean. */
    public void shutDown() {
        close();
        if (dialect() == Dialect.DERBY) {
            shutDownDerby();
        }
    }

    /** Derby must be shut down to leave its files consistent without recovery at the next boot. */
    private void shutDownDerby() {
        org.apache.derby.jdbc.BasicEmbeddedDataSource40 ds = (org.apache.derby.jdbc.BasicEmbeddedDataSource40) dataSource(settings);
        ds.setConnectionAttributes("shutdown=true");
        try (Connection ignored = ds.getConnection()) {
            // a successful shutdown always throws
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly: " + e.getMessage(), e);
            }
        }
    }
}
