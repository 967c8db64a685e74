package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken from a running gateway restores into another site's running gateway; a damaged
 * archive is refused there and changes nothing. Rows go in and are read with plain JDBC while the
 * gateway is stopped: a table of the test's own, and the store's real site tables (stations,
 * connectors, station security, badges and their windows, sessions and their meter values),
 * compared column by column.
 */
class BackupIT {

    @Test
    void aBackupRestoresIntoAnotherSiteAndADamagedOneIsRefused(@TempDir Path dir) throws Exception {
        try (Site one = new Site(dir.resolve("one")); Site two = new Site(dir.resolve("two"))) {
            createSite(one, "badge-1", "badge-2", "badge-3");
            createSite(two, "only on site two");
            Files.writeString(one.base.resolve("conf/site-one.marker"), "from site one\n");

            Site.Result notRunning = one.ampgate("backup");
            assertThat(notRunning.exit()).as(notRunning.all()).isEqualTo(3);
            assertThat(notRunning.err()).contains("Ampgate is not running");

            assertThat(one.ampgate("start").exit()).isZero();
            Site.Result backup = one.ampgate("backup");
            assertThat(backup.exit()).as(backup.all()).isZero();
            Path archive = Path.of(backup.out().strip().lines().findFirst().orElseThrow());
            assertThat(archive.getFileName().toString()).matches("ampgate-backup-\\d{8}-\\d{6}\\.zip");
            assertThat(archive).startsWith(one.base.resolve("data/backup")).isRegularFile();
            assertThat(one.exec("ampgate:backup list").out()).contains(archive.toString());
            String infoOne = one.exec("ampgate:store info").out();
            assertThat(infoOne).containsPattern("it_badge +3");

            assertThat(two.ampgate("start").exit()).isZero();
            Path damaged = dir.resolve("damaged.zip");
            Files.write(damaged, flipInEntry(Files.readAllBytes(archive), "db/it_badge.jsonl"));
            Site.Result refused = two.ampgate("restore", damaged.toString());
            assertThat(refused.exit()).as(refused.all()).isEqualTo(1);
            assertThat(refused.all()).contains("refused damaged.zip").contains("db/it_badge.jsonl is damaged")
                    .contains("nothing was changed");
            assertThat(two.exec("ampgate:store info").out()).containsPattern("it_badge +1");
            assertThat(two.base.resolve("conf/site-one.marker")).doesNotExist();

            Site.Result restore = two.ampgate("restore", archive.toString());
            assertThat(restore.exit()).as(restore.all()).isZero();
            assertThat(restore.out()).contains("restored " + archive).containsPattern("it_badge +3");
            String infoTwo = two.exec("ampgate:store info").out();
            assertThat(withoutLocation(infoTwo)).isEqualTo(withoutLocation(infoOne));
            assertThat(two.base.resolve("conf/site-one.marker")).hasContent("from site one");
            assertThat(two.exec("ampgate:health").exit()).as("the gateway carries on").isZero();

            assertThat(two.ampgate("stop").exit()).isZero();
            assertThat(one.ampgate("stop").exit()).isZero();
            assertThat(rows(two)).isEqualTo(rows(one)).hasSize(3);
            assertThat(badgeIdAfterInsert(two)).as("new rows continue after the restored ids").isEqualTo(4);
        }
    }

    /** The store's own tables that a restore must bring back row for row, each with its order. */
    private static final Map<String, String> SITE_TABLES = new LinkedHashMap<>();
    static {
        SITE_TABLES.put("zone", "id");
        SITE_TABLES.put("station", "id");
        SITE_TABLES.put("connector", "station_id, connector_no");
        SITE_TABLES.put("station_security", "station_id");
        SITE_TABLES.put("badge", "id");
        SITE_TABLES.put("badge_window", "badge_id, weekday, from_second, to_second");
        SITE_TABLES.put("badge_station", "badge_id, station_id");
        SITE_TABLES.put("badge_connector", "badge_id, station_id, connector_no");
        SITE_TABLES.put("charge_session", "id");
        SITE_TABLES.put("session_meter_value", "id");
    }

    @Test
    void aRestoredSiteHasTheSameStationsBadgesAndSessions(@TempDir Path dir) throws Exception {
        try (Site a = new Site(dir.resolve("a")); Site b = new Site(dir.resolve("b"))) {
            Site.Result first = a.ampgate("start");
            assertThat(first.exit()).as(first.all()).isZero();
            assertThat(a.ampgate("stop").exit()).isZero();
            try (Connection c = a.database()) {
                writeSiteData(c);
            } finally {
                a.closeDatabase();
            }
            Map<String, List<String>> original = siteRows(a);
            assertThat(original.get("station")).hasSize(1);
            assertThat(original.get("connector")).hasSize(2);
            assertThat(original.get("station_security")).hasSize(1);
            assertThat(original.get("badge")).hasSize(3);
            assertThat(original.get("badge_window")).hasSize(5);
            assertThat(original.get("charge_session")).hasSize(2);
            assertThat(original.get("session_meter_value")).hasSize(4);

            assertThat(a.ampgate("start").exit()).isZero();
            Site.Result backup = a.ampgate("backup");
            assertThat(backup.exit()).as(backup.all()).isZero();
            Path archive = Path.of(backup.out().strip().lines().findFirst().orElseThrow());
            String infoA = a.exec("ampgate:store info").out();
            assertThat(a.ampgate("stop").exit()).isZero();

            assertThat(b.ampgate("start").exit()).isZero();
            Site.Result restore = b.ampgate("restore", archive.toString());
            assertThat(restore.exit()).as(restore.all()).isZero();
            assertThat(withoutLocation(b.exec("ampgate:store info").out())).isEqualTo(withoutLocation(infoA));
            assertThat(b.exec("ampgate:health").exit()).as("the restored gateway carries on").isZero();
            assertThat(b.ampgate("stop").exit()).isZero();

            Map<String, List<String>> restored = siteRows(b);
            for (String table : SITE_TABLES.keySet()) {
                assertThat(restored.get(table)).as("rows of " + table).containsExactlyElementsOf(original.get(table));
            }
            assertThat(siteRows(a)).as("the backup changed nothing on site A").isEqualTo(original);
        }
    }

    /** A zone, a station with two connectors and its security settings, three badges with windows, two stopped sessions with meter values. */
    private static void writeSiteData(Connection c) throws SQLException {
        insert(c, "INSERT INTO zone (id, parent_id, name, kind, static_l1, static_l2, static_l3, dynamic_l1, dynamic_l2,"
                + " dynamic_l3, meter_id, fallback_l1, fallback_l2, fallback_l3, energy_price)"
                + " VALUES ('site', NULL, 'Main board', 'SITE', 63, 63, 63, 40.5, NULL, 40.25, NULL, 16, 16, 16, 0.281234)");
        insert(c, "INSERT INTO station (id, name, zone_id, vip, current_limit, registered, vendor, model,"
                + " charge_point_serial, charge_box_serial, firmware_version, ip_address, last_seen, cpo_url, protocol)"
                + " VALUES ('CP-1', 'Garage left', 'site', TRUE, 31.5, TRUE, 'Vendor ä', 'Wallbox 22', 'SN-1', 'BOX-1',"
                + " '1.2.3', '192.0.2.10', 1763780000123, '', 'OCPP')");
        for (int n = 1; n <= 2; n++) {
            insert(c, "INSERT INTO connector (station_id, connector_no, plug_type, wiring, rotation, max_current,"
                    + " min_current, manageable, purpose, profile_id, stack_level, rate_unit, send_phases, meter_id,"
                    + " socket_name, description) VALUES ('CP-1', " + n + ", 'TYPE_2', '" + (n == 1 ? "THREE_PHASE" : "SINGLE_PHASE")
                    + "', 'L1_L2_L3', 32, 6.5, TRUE, 'TX_DEFAULT_PROFILE', " + (100 + n) + ", 1, 'A', " + (n == 1)
                    + ", NULL, 'Socket " + n + "', 'the " + (n == 1 ? "left" : "right") + " one')");
        }
        insert(c, "INSERT INTO station_security (station_id, security_profile, password_hash)"
                + " VALUES ('CP-1', 2, 'pbkdf2-sha256$30000$c2FsdA==$aGFzaA==')");
        List<Long> badges = new ArrayList<>();
        // recharge every 36,500 days: the gateway's hourly credit recharge must not change a badge
        // between the backup and the comparison
        String[] modes = {"ALLOW_ALL", "SCHEDULE", "DENY_ALL"};
        for (int n = 0; n < 3; n++) {
            badges.add(insert(c, "INSERT INTO badge (uid, uid_key, holder, phone, email, charge_user_id, parent_code,"
                    + " description, authorization_mode, valid_from, valid_until, all_stations, all_zones, all_connectors,"
                    + " credit_unlimited, credit_wh, recharge_wh, recharge_days, credit_max_wh, last_recharge, vip,"
                    + " created_at, last_used, session_count) VALUES ('04a1b2c" + n + "', '04A1B2C" + n + "', 'Holder " + n
                    + "', '+39 0" + n + "', 'h" + n + "@example.org', NULL, '', 'badge " + n + "', '" + modes[n] + "', "
                    + (n == 1 ? "1763700000000, 1795236000000" : "NULL, NULL") + ", " + (n != 1) + ", TRUE, " + (n != 1)
                    + ", " + (n == 0) + ", " + (50_000 * n) + ", 1000, 36500, " + (n == 2 ? "100000" : "NULL") + ", NULL, "
                    + (n == 0) + ", 1763000000000, " + (n == 0 ? "1763780000000" : "NULL") + ", " + (n == 0 ? 2 : 0) + ")"));
        }
        int[][] windows = {{0, 1, 28_800, 64_800}, {0, 6, 0, 86_399}, {1, 1, 25_200, 43_200}, {1, 1, 46_800, 72_000},
            {2, 7, 36_000, 37_800}};
        for (int[] w : windows) {
            insert(c, "INSERT INTO badge_window (badge_id, weekday, from_second, to_second) VALUES (" + badges.get(w[0])
                    + ", " + w[1] + ", " + w[2] + ", " + w[3] + ")");
        }
        insert(c, "INSERT INTO badge_station (badge_id, station_id) VALUES (" + badges.get(1) + ", 'CP-1')");
        insert(c, "INSERT INTO badge_connector (badge_id, station_id, connector_no) VALUES (" + badges.get(1) + ", 'CP-1', 2)");
        for (int n = 0; n < 2; n++) {
            long start = 1763700000000L + n * 7_200_000L;
            long session = insert(c, "INSERT INTO charge_session (station_id, connector_id, badge_uid, holder_name,"
                    + " charge_user_id, zone_id, started_by, start_time, meter_start_wh, stop_time, meter_stop_wh, energy_wh,"
                    + " stopped_by, stopped_by_who, stop_reason, price_per_kwh, cost) VALUES ('CP-1', " + (n + 1) + ", '04a1b2c"
                    + n + "', 'Holder " + n + "', NULL, 'site', 'LOCAL_BADGE', " + start + ", " + (1000 * n) + ", "
                    + (start + 3_600_000L) + ", " + (1000 * n + 7_321) + ", 7321, 'EV', NULL, 'EV_DISCONNECTED', 0.281234,"
                    + " 2.0589)");
            for (int v = 0; v < 2; v++) {
                insert(c, "INSERT INTO session_meter_value (session_id, sampled_at, energy_wh, power_w, power_l1, power_l2,"
                        + " power_l3, current_l1, current_l2, current_l3, voltage_l1, voltage_l2, voltage_l3) VALUES ("
                        + session + ", " + (start + 60_000L * (v + 1)) + ", " + (1000 * n + 123.456 * (v + 1)) + ", 7392.5,"
                        + " 2464.1, " + (n == 0 ? "2464.2, 2464.3" : "NULL, NULL") + ", 10.71, " + (n == 0 ? "10.72, 10.73" : "NULL, NULL")
                        + ", 230.1, " + (n == 0 ? "229.9, 231.0" : "NULL, NULL") + ")");
            }
        }
    }

    /** Runs an insert; returns the generated id, or 0 for a table without an identity column. */
    private static long insert(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            assertThat(ps.executeUpdate()).isEqualTo(1);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys != null && keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** Every column of every row of the site tables, in key order, as text. */
    private static Map<String, List<String>> siteRows(Site site) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = site.database(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> t : SITE_TABLES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(i == 1 ? "" : " | ").append(rs.getMetaData().getColumnName(i)).append('=')
                                    .append(rs.getObject(i));
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(t.getKey(), rows);
            }
        } finally {
            site.closeDatabase();
        }
        return tables;
    }

    /** Starts the gateway once so that it creates and migrates its database, then adds a table of rows. */
    private static void createSite(Site site, String... badges) throws Exception {
        Site.Result start = site.ampgate("start");
        assertThat(start.exit()).as(start.all()).isZero();
        assertThat(site.ampgate("stop").exit()).isZero();
        try (Connection c = site.database(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE it_badge (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " uid VARCHAR(40) NOT NULL, note CLOB, blocked BOOLEAN)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO it_badge (uid, note, blocked) VALUES (?, ?, ?)")) {
                for (String badge : badges) {
                    insert.setString(1, badge);
                    insert.setString(2, "note of " + badge);
                    insert.setBoolean(3, badge.endsWith("2"));
                    insert.executeUpdate();
                }
            }
        } finally {
            site.closeDatabase();
        }
    }

    private static List<String> rows(Site site) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = site.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, uid, note, blocked FROM it_badge ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4));
            }
        } finally {
            site.closeDatabase();
        }
        return rows;
    }

    private static long badgeIdAfterInsert(Site site) throws SQLException {
        try (Connection c = site.database();
             PreparedStatement insert = c.prepareStatement("INSERT INTO it_badge (uid) VALUES ('new')", Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } finally {
            site.closeDatabase();
        }
    }

    private static String withoutLocation(String info) {
        return info.lines().filter(l -> !l.startsWith("database:")).reduce("", (a, b) -> a + b + "\n");
    }

    /** Flips one byte of an entry's stored data, as a bad sector on a USB stick would. */
    private static byte[] flipInEntry(byte[] zip, String name) {
        byte[] header = "PK\3\4".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < zip.length - 30; i++) {
            if (Arrays.equals(zip, i, i + 4, header, 0, 4)) {
                ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
                int nameLength = b.getShort(i + 26) & 0xffff;
                int extraLength = b.getShort(i + 28) & 0xffff;
                if (new String(zip, i + 30, nameLength, StandardCharsets.UTF_8).equals(name)) {
                    zip[i + 30 + nameLength + extraLength + 10] ^= 0x10;
                    return zip;
                }
            }
        }
        throw new AssertionError("no entry " + name + " in the archive");
    }
}
