package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcStationSecurityRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The OCPP security settings of stations. */
class StationSecurityRepositoryTest {
    private static final String HASH = "pbkdf2-sha256$30000$c2FsdA==$aGFzaA==";

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void settingsComeBackAndSavingAgainReplacesThem(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            StationSecurityRepository security = new JdbcStationSecurityRepository(db);
            StationSecurity basic = new StationSecurity("cs1", StationSecurity.BASIC, HASH);

            assertThat(security.find("cs1")).isEmpty();
            assertThat(security.save(basic)).isEqualTo(basic);
            assertThat(security.find("cs1")).contains(basic);
            assertThat(security.find("cs2")).isEmpty();

            StationSecurity certificate = new StationSecurity("cs1", StationSecurity.TLS_CLIENT_CERTIFICATE, null);
            security.save(certificate);
            assertThat(security.find("cs1")).contains(certificate);
            assertThat(security.find("cs1").orElseThrow().passwordHash()).as("no password set").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anUnknownStationIsRefusedAndSettingsGoWithTheirStation(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            StationSecurityRepository security = new JdbcStationSecurityRepository(db);
            StationRepository stations = new JdbcStationRepository(db);

            assertThatThrownBy(() -> security.save(new StationSecurity("nope", StationSecurity.BASIC, HASH)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("station nope does not exist");

            security.save(new StationSecurity("cs2", StationSecurity.TLS_BASIC, HASH));
            assertThat(stations.delete("cs2")).isTrue();
            assertThat(security.find("cs2")).isEmpty();
            stations.save(Station.unregistered("cs2"));
            assertThat(security.find("cs2")).as("a station added again starts without settings").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDatabaseRefusesAProfileOutsideZeroToThree(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(
                        "INSERT INTO station_security (station_id, security_profile) VALUES ('cs1', 4)"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void invalidSettingsAreRefusedWithTheReason() {
        record Case(Runnable build, String message) {}
        List<Case> cases = List.of(
                new Case(() -> new StationSecurity(" ", 0, null), "station id is required"),
                new Case(() -> new StationSecurity("cs1", -1, null), "security profile must be 0 to 3, not -1"),
                new Case(() -> new StationSecurity("cs1", 4, null), "security profile must be 0 to 3, not 4"),
                new Case(() -> new StationSecurity("cs1", 1, " "), "passwordHash is required"),
                new Case(() -> new StationSecurity("cs1", 1, "h".repeat(501)), "passwordHash is longer than 500"));
        for (Case c : cases) {
            assertThatThrownBy(c.build::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message);
        }
    }

    @Test
    void basicAuthAndTlsFollowTheProfile() {
        assertThat(List.of(0, 1, 2, 3)).map(p -> new StationSecurity("cs1", p, null))
                .extracting(StationSecurity::usesBasicAuth, StationSecurity::requiresTls)
                .containsExactly(tuple(false, false), tuple(true, false), tuple(true, true), tuple(false, true));
    }
}
