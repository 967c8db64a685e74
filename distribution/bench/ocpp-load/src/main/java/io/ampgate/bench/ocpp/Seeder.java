package io.ampgate.bench.ocpp;

import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.Wiring;
import io.ampgate.store.db.DatabaseSettings;
import io.ampgate.store.db.Migrator;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.Connector;
import io.ampgate.store.site.Station;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a new site's database before its gateway first starts: registered OCPP stations with one
 * three-phase type 2 connector each, and badges anyone may use. It goes through the store's own
 * migrations and repositories on the site's embedded Derby ({@code data/db}), so the rows are
 * exactly what the gateway would write. Derby admits one process at a time: the gateway must not run.
 */
final class Seeder {

    private Seeder() {
    }

    /** The identity of station {@code n} (from 1). */
    static String stationId(int n) {
        return String.format("CP%05d", n);
    }

    /** The UID of badge {@code n} (from 1). */
    static String badgeId(int n) {
        return String.format("BADGE%06d", n);
    }

    static void seed(Path site, int stations, int badges) throws Exception {
        Path data = site.resolve("data");
        Files.createDirectories(data.resolve("log"));
        System.setProperty("derby.stream.error.file", data.resolve("log/derby.log").toString());
        long start = System.nanoTime();
        PooledDatabase db = PooledDatabase.open(DatabaseSettings.embedded(data));
        try {
            Migrator.migrate(db);
            JdbcStationRepository stationRepository = new JdbcStationRepository(db);
            Connector connector = Connector.of(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32);
            for (int n = 1; n <= stations; n++) {
                stationRepository.save(new Station(stationId(n), null, null, false, Double.NaN, true, "", "", "", "",
                        "", "", null, "", Station.OCPP, List.of(connector)));
            }
            List<Badge> all = new ArrayList<>(badges);
            for (int n = 1; n <= badges; n++) {
                all.add(Badge.of(badgeId(n), "Driver " + n));
            }
            new JdbcBadgeRepository(db).addAll(all);
        } finally {
            db.shutDown();
        }
        System.out.printf("seeded %d registered stations and %d badges in %.1f s%n", stations, badges,
                (System.nanoTime() - start) / 1e9);
    }
}
