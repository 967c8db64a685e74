package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.store.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real gateway on PostgreSQL: one setting in conf/, and nothing ever goes to Derby. */
class PostgresSiteIT {

    @Test
    void aSiteConfiguredForPostgresqlStoresThereFromTheFirstStartAndNeverCreatesDerby(@TempDir Path dir) throws Exception {
        PostgresServer server = PostgresServer.shared();
        try (Connection admin = DriverManager.getConnection(server.url(), "ampgate", "");
             Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA site1");
        }
        try (Site site = new Site(dir)) {
            Files.writeString(site.base.resolve("conf/io.ampgate.store.cfg"),
                    "url = " + server.url() + "\nuser = ampgate\n.password = \nschema = site1\n");
            Files.writeString(site.base.resolve("conf/io.ampgate.store.measurements.cfg"), "sampleIntervalSeconds = 1\n");
            assertThat(site.ampgate("plugin", "enable", "meter-example").exit()).isZero();

            Site.Result start = site.ampgate("start");
            assertThat(start.exit()).as(start.all()).isZero();
            assertThat(site.exec("ampgate:health").exit()).isZero();
            assertThat(site.exec("ampgate:store info").out()).contains("(POSTGRESQL)").doesNotContain("derby");

            // the recorder samples the example meter every second, into PostgreSQL
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            long samples = 0;
            while (samples < 2 && System.nanoTime() < deadline) {
                samples = count(server, "site1.measurement_sample");
                Thread.sleep(200);
            }
            assertThat(samples).as("measurements stored in PostgreSQL").isGreaterThanOrEqualTo(2);
            assertThat(site.base.resolve("data/db")).as("no Derby database, not even for a moment").doesNotExist();
            assertThat(site.ampgate("stop").exit()).isZero();
        }
    }

    private static long count(PostgresServer server, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(server.url(), "ampgate", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
