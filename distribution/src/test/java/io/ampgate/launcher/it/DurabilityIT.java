package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway killed with SIGKILL while it writes sessions and measurements (three times, each at
 * another point of the writing) restarts with a consistent database that holds every committed
 * session. The writing is done by the test-only plugin {@code io.ampgate.test.storewriter}, which
 * lists each session whose stop was committed in {@code data/writer/committed.txt}; the database
 * is checked with plain JDBC once the gateway has stopped.
 */
class DurabilityIT {
    private static final String WRITER = "io.ampgate.test.storewriter";
    /** How often the gateway is killed, each time at another point of the writing. */
    private static final int KILLS = 3;

    @Test
    void aGatewayKilledWhileWritingRestartsWithEveryCommittedSession(@TempDir Path dir) throws Exception {
        Path writerJar = Path.of(System.getProperty("ampgate.testWriter", "(ampgate.testWriter is not set)"));
        assertThat(writerJar).as("the test writer's jar (failsafe property ampgate.testWriter)").isRegularFile();
        try (Site site = new Site(dir)) {
            assertThat(shipped(site.home)).as("the test writer is never shipped").noneMatch(n -> n.contains(WRITER));
            Files.createDirectories(site.base.resolve("plugins/available"));
            Files.copy(writerJar, site.base.resolve("plugins/available").resolve(writerJar.getFileName()));
            Path committed = site.base.resolve("data/writer/committed.txt");

            Site.Result start = site.ampgate("start");
            assertThat(start.exit()).as(start.all()).isZero();
            Site.Result enable = site.ampgate("plugin", "enable", "test-storewriter");
            assertThat(enable.exit()).as(enable.all()).isZero();
            assertThat(enable.out()).contains("enabled and active: test-storewriter");

            int listedBefore = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                awaitLines(committed, listedBefore + 200, Duration.ofSeconds(30));
                ProcessHandle gateway = site.process().orElseThrow();
                assertThat(gateway.destroyForcibly()).as("SIGKILL sent").isTrue();
                assertThat(gateway.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get())
                        .as("the killed gateway is gone within 10 s").isNotNull();
                listedBefore = read(committed).size();

                Site.Result restart = site.ampgate("start");
                assertThat(restart.exit()).as("restart after kill " + kill + ": " + restart.all()).isZero();
                assertThat(restart.out()).contains("active plugins: test-storewriter");
                Site.Result health = site.exec("ampgate:health");
                assertThat(health.exit()).as(health.all()).isZero();
            }
            awaitLines(committed, listedBefore + 20, Duration.ofSeconds(30)); // the writer carries on
            Site.Result stop = site.ampgate("stop");
            assertThat(stop.exit()).as(stop.all()).isZero();

            Path console = site.base.resolve("data/log/console.out");
            assertThat(Files.exists(console) ? Files.readString(console) : "").as("the writer never failed")
                    .doesNotContain("test store writer");
            Map<Long, Long> all = read(committed);
            assertThat(new ArrayList<>(all.keySet()))
                    .as("ids rise in the order the sessions were committed, across every crash: never repeated").isSorted();

            try (Connection c = site.database()) {
                assertThat(tables(c)).as("every table of the schema is consistent").isNotEmpty()
                        .allSatisfy(t -> assertThat(checkTable(c, t)).as("SYSCS_CHECK_TABLE APP." + t).isEqualTo(1));
                Map<Long, Long> stored = stoppedSessions(c);
                assertThat(stored).as("every committed session is there, stopped, with its energy")
                        .containsAllEntriesOf(all);
                assertThat(count(c, "SELECT COUNT(*) FROM charge_session"))
                        .as("no duplicate sessions").isEqualTo(count(c, "SELECT COUNT(DISTINCT id) FROM charge_session"));
                assertThat(count(c, "SELECT COUNT(*) FROM charge_session WHERE stop_time IS NULL"))
                        .as("at most the session being written at each kill still runs").isLessThanOrEqualTo(KILLS);
                assertThat(count(c, "SELECT COUNT(*) FROM session_meter_value v JOIN charge_session s ON s.id = v.session_id"
                        + " WHERE s.stop_time IS NOT NULL")).as("three meter values per stopped session")
                        .isEqualTo(3L * stored.size());
                long samples = count(c, "SELECT COUNT(*) FROM measurement_sample WHERE meter_id = 'WRITER-M1'");
                assertThat(samples).as("a batch of 50 after each listed session (but those being written at a kill)")
                        .isBetween(50L * (all.size() - KILLS), 50L * all.size());
                assertThat(sum(c, "SELECT SUM(power_total) FROM measurement_sample")).isEqualTo(6900.0 * count(c,
                        "SELECT COUNT(*) FROM measurement_sample"));
            } finally {
                site.closeDatabase();
            }
        }
    }

    private static List<String> shipped(Path home) throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : List.of("bundles", "plugins/available", "plugins/enabled", "lib")) {
            if (Files.isDirectory(home.resolve(folder))) {
                try (Stream<Path> jars = Files.list(home.resolve(folder))) {
                    jars.forEach(p -> names.add(p.getFileName().toString()));
                }
            }
        }
        assertThat(names).as("the distribution ships plugins").anyMatch(n -> n.startsWith("io.ampgate.meter.example"));
        return names;
    }

    private static void awaitLines(Path file, int lines, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            seen = Files.exists(file) ? read(file).size() : 0;
            if (seen >= lines) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the writer committed " + seen + " sessions in " + timeout + ", expected " + lines);
    }

    /** The sessions of committed.txt (id, energy); a line cut by the kill (no newline yet) is not one. */
    private static Map<Long, Long> read(Path committed) throws IOException {
        String text = Files.readString(committed);
        Map<Long, Long> sessions = new LinkedHashMap<>();
        int end = text.lastIndexOf('\n');
        for (String line : end < 0 ? List.<String>of() : text.substring(0, end).lines().toList()) {
            String[] f = line.split(" ");
            assertThat(sessions.put(Long.parseLong(f[0]), Long.parseLong(f[1]))).as("session " + f[0] + " listed twice").isNull();
        }
        return sessions;
    }

    private static Map<Long, Long> stoppedSessions(Connection c) throws SQLException {
        Map<Long, Long> sessions = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, energy_wh, meter_stop_wh - meter_start_wh, cost, stop_reason"
                     + " FROM charge_session WHERE station_id = 'WRITER-1' AND stop_time IS NOT NULL")) {
            while (rs.next()) {
                assertThat(rs.getLong(3)).as("energy = meter stop - meter start").isEqualTo(rs.getLong(2));
                assertThat(rs.getBigDecimal(4)).as("cost of session " + rs.getLong(1)).isNotNull();
                assertThat(rs.getString(5)).isEqualTo("EV_DISCONNECTED");
                sessions.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return sessions;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.tablename FROM sys.systables t JOIN sys.sysschemas s"
                     + " ON s.schemaid = t.schemaid WHERE s.schemaname = 'APP' AND t.tabletype = 'T'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static int checkTable(Connection c, String table) {
        try (PreparedStatement ps = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', ?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("SYSCS_CHECK_TABLE APP." + table + " failed: " + e.getMessage(), e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double sum(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
