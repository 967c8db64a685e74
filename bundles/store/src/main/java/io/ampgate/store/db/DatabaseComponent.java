package io.ampgate.store.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The site's database as a service for the repositories: embedded Derby in {@code data/db} unless
 * {@code conf/io.ampgate.store.cfg} names another. Migrates the schema before anyone uses it.
 */
@Component(service = Database.class, configurationPid = DatabaseComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = DatabaseComponent.Config.class)
public final class DatabaseComponent implements Database {
    public static final String PID = "io.ampgate.store";

    @ObjectClassDefinition(name = "Database", description = "Where the gateway stores its data. "
            + "Leave the URL empty for the embedded database in data/db.")
    public @interface Config {
        @AttributeDefinition(name = "JDBC URL", required = false,
                description = "Empty for the embedded database; for PostgreSQL: jdbc:postgresql://HOST:5432/DATABASE")
        String url() default "";

        @AttributeDefinition(name = "User", required = false)
        String user() default "";

        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
                description = "Key .password in the file: a key that starts with a dot stays private (never a "
                        + "service property anyone can list).")
        String _password() default "";

        @AttributeDefinition(name = "Schema", required = false, description = "Empty for the database's default schema")
        String schema() default "";

        @AttributeDefinition(name = "Connections", min = "1", max = "100")
        int poolSize() default 8;
    }

    private final PooledDatabase db;

    /** The password under its dot key, or still under its name from before (with a word in the log to rename it). */
    static String password(Config config, Map<String, Object> properties, Logger logger) {
        if (!config._password().isEmpty() || !(properties.get("password") instanceof String old) || old.isEmpty()) {
            return config._password();
        }
        logger.warn("conf/io.ampgate.store.cfg: rename 'password' to '.password': without the dot the password is a"
                + " service property anyone can list");
        return old;
    }

    @Activate
    public DatabaseComponent(Config config, Map<String, Object> properties, BundleContext context,
            @Reference(service = LoggerFactory.class) Logger logger) throws SQLException {
        // Derby's own log goes next to the gateway's, not into whatever folder the process started in
        if (System.getProperty("derby.stream.error.file") == null && context.getProperty("ampgate.data") != null) {
            System.setProperty("derby.stream.error.file",
                    Path.of(context.getProperty("ampgate.data"), "log", "derby.log").toString());
        }
        DatabaseSettings settings = config.url().isBlank()
                ? DatabaseSettings.embedded(Path.of(context.getProperty("ampgate.data")))
                : new DatabaseSettings(config.url(), config.user(), password(config, properties, logger), config.schema(),
                        config.poolSize());
        db = PooledDatabase.open(settings);
        try {
            List<Integer> applied = Migrator.migrate(db);
            logger.info("Database {} ({}) ready{}", settings.describe(), settings.dialect(),
                    applied.isEmpty() ? "" : ", migrated to schema version " + applied.get(applied.size() - 1));
        } catch (SQLException | RuntimeException e) {
            db.shutDown();
            throw e;
        }
    }

    @Deactivate
    void close() {
        db.shutDown();
    }

    @Override
    public DatabaseSettings settings() {
        return db.settings();
    }

    @Override
    public Connection connection() throws SQLException {
        return db.connection();
    }
}
