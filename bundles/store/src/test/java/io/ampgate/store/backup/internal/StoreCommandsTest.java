package io.ampgate.store.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.StoreException;
import io.ampgate.store.backup.BackupReport;
import io.ampgate.store.backup.BackupService;
import io.ampgate.store.backup.RestoreReport;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.testing.PostgresServer;
import io.ampgate.store.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shell commands' output and their refusals. */
class StoreCommandsTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void infoShowsTheDatabaseWithoutThePasswordTheSchemaVersionAndRowsPerTable(Dialect dialect, @TempDir Path dir) throws Exception {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE cmd_badge (id INTEGER PRIMARY KEY, uid VARCHAR(20))");
                s.execute("INSERT INTO cmd_badge VALUES (1, 'a'), (2, 'b')");
            }
            String info = new StoreCommands(new NoBackups(), db, dir).store("info");
            assertThat(info).startsWith("database: " + db.settings().describe() + " (" + dialect + ")")
                    .containsPattern("schema version: \\d+").containsPattern("cmd_badge +2").containsPattern("ampgate_schema +\\d+");
        }
    }

    @Test
    void copyToMovesTheDataAndSaysWhatToDoNext(@TempDir Path dir) throws Exception {
        try (PooledDatabase source = TestDatabases.open(Dialect.DERBY)) {
            try (Connection c = source.connection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE cmd_station (id INTEGER PRIMARY KEY)");
                s.execute("INSERT INTO cmd_station VALUES (1), (2), (3)");
            }
            String database = "copy_target";
            try (PooledDatabase admin = TestDatabases.openEmpty(Dialect.POSTGRESQL);
                 Connection c = admin.connection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            try (PooledDatabase prepare = PooledDatabase.open(new io.ampgate.store.db.DatabaseSettings(
                    PostgresServer.shared().url(database), "ampgate", "", "", 1));
                 Connection c = prepare.connection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE cmd_station (id INTEGER PRIMARY KEY)"); // as the merged migrations would
            }
            StoreCommands commands = new StoreCommands(new NoBackups(), source, dir);
            String url = PostgresServer.shared().url(database);

            assertThat(commands.store("copy-to", url, "ampgate", "")).startsWith("copied to " + url)
                    .containsPattern("cmd_station +3").contains("conf/io.ampgate.store.cfg");
            assertThatThrownBy(() -> commands.store("copy-to", url, "ampgate", ""))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already holds data");
            assertThat(commands.store("copy-to", url, "ampgate", "", "--force")).containsPattern("cmd_station +3");
            assertThatThrownBy(() -> commands.store("copy-to", "jdbc:mysql://127.0.0.1/x", "u", "p"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("unsupported database URL");
            assertThatThrownBy(() -> commands.store("copy-to", url, "ampgate", "", "-f")).hasMessageContaining("usage");
            assertThatThrownBy(() -> commands.backup("later")).hasMessageContaining("usage: backup now | backup list");
            assertThat(commands.backup("list")).isEqualTo("no backups");
        }
    }

    private static final class NoBackups implements BackupService {
        @Override
        public BackupReport backupNow() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Path> archives() {
            return List.of();
        }

        @Override
        public RestoreReport restore(Path archive) {
            throw new UnsupportedOperationException();
        }
    }
}
