package io.ampgate.store.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.StoreException;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcLayoutRepository;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The home-page layouts and the settings. */
class LayoutAndSettingsRepositoryTest {
    static final ConnectorRef CS1_1 = new ConnectorRef("cs1", 1);
    static final ConnectorRef CS1_2 = new ConnectorRef("cs1", 2);
    static final ConnectorRef CS2_1 = new ConnectorRef("cs2", 1);

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void viewsKeepTheirGroupsAndConnectorsInOrder(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            Fixtures.site(db);
            LayoutRepository layouts = new JdbcLayoutRepository(db);
            SocketView floors = layouts.save(new SocketView(0, "By floor", true, List.of(
                    new SocketGroup("Level -2", List.of(CS2_1, CS1_2)), new SocketGroup("Level -1", List.of(CS1_1)))));
            SocketView empty = layouts.save(new SocketView(0, "Empty", false, List.of()));

            assertThat(floors.id()).isPositive();
            assertThat(layouts.find(floors.id())).contains(floors);
            assertThat(layouts.find(empty.id())).contains(empty);
            assertThat(layouts.home()).contains(floors);
            assertThat(layouts.list()).containsExactly(floors, empty);

            SocketView regrouped = new SocketView(floors.id(), "By floor", false, List.of(
                    new SocketGroup("Everything", List.of(CS1_1, CS1_2, CS2_1))));
            assertThat(layouts.save(regrouped)).isEqualTo(regrouped);
            assertThat(layouts.find(floors.id())).contains(regrouped);
            SocketView newHome = layouts.save(new SocketView(empty.id(), "Empty", true, List.of()));
            assertThat(layouts.home()).contains(newHome);
            layouts.save(new SocketView(floors.id(), "By floor", true, regrouped.groups()));
            assertThat(layouts.list()).filteredOn(SocketView::home).extracting(SocketView::name).containsExactly("By floor");

            assertThatThrownBy(() -> layouts.save(new SocketView(0, "Empty", false, List.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("view name 'Empty' is already used");
            assertThatThrownBy(() -> layouts.save(new SocketView(0, "Bad", false, List.of(
                    new SocketGroup("G", List.of(new ConnectorRef("cs2", 5)))))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("group G: station cs2 has no connector 5");

            new JdbcStationRepository(db).delete("cs1");
            assertThat(layouts.find(floors.id()).orElseThrow().groups().get(0).connectors()).containsExactly(CS2_1);
            assertThat(layouts.delete(floors.id())).isTrue();
            assertThat(layouts.delete(floors.id())).isFalse();
            assertThat(layouts.list()).extracting(SocketView::name).containsExactly("Empty");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void settingsAreTextWithTypedGetters(Dialect dialect) throws SQLException {
        try (PooledDatabase db = TestDatabases.open(dialect)) {
            SettingsRepository settings = new JdbcSettingsRepository(db);
            settings.set("site.currency", "EUR");
            settings.set("site.vat", 22.5);
            settings.set("console.sessions.pageSize", 50L);
            settings.set("console.darkMode", true);
            settings.set("site.currency", "CHF");

            assertThat(settings.get("site.currency")).contains("CHF");
            assertThat(settings.getString("site.missing", "x")).isEqualTo("x");
            assertThat(settings.getDouble("site.vat", 0)).isEqualTo(22.5);
            assertThat(settings.getLong("console.sessions.pageSize", 10)).isEqualTo(50);
            assertThat(settings.getBoolean("console.darkMode", false)).isTrue();
            assertThat(settings.getLong("missing", 7)).isEqualTo(7);
            assertThat(settings.withPrefix("site.")).isEqualTo(Map.of("site.currency", "CHF", "site.vat", "22.5"));
            assertThat(settings.withPrefix("")).hasSize(4);

            assertThatThrownBy(() -> settings.getLong("site.currency", 0)).isInstanceOf(StoreException.class)
                    .hasMessage("setting site.currency is 'CHF', not a whole number");
            assertThatThrownBy(() -> settings.getBoolean("site.vat", false)).isInstanceOf(StoreException.class)
                    .hasMessage("setting site.vat is '22.5', neither true nor false");
            assertThat(settings.remove("site.vat")).isTrue();
            assertThat(settings.remove("site.vat")).isFalse();
            assertThat(settings.get("site.vat")).isEmpty();
            String longText = "x".repeat(4_000);
            settings.set("note", longText);
            assertThat(settings.get("note")).contains(longText);
        }
    }

    @Test
    void invalidLayoutsAndSettingsAreRefusedWithTheReason() {
        record Case(Runnable build, String message) {}
        List<Case> cases = List.of(
                new Case(() -> new SocketGroup("G", List.of(CS1_1, CS1_1)), "group G lists a connector twice"),
                new Case(() -> new SocketGroup(" ", List.of()), "group name is required"),
                new Case(() -> new SocketView(0, null, false, List.of()), "view name is required"),
                new Case(() -> new ConnectorRef("cs1", 0), "connector number must be >= 1"),
                new Case(() -> new JdbcSettingsRepository(null).set("", "v"), "setting name is required"),
                new Case(() -> new JdbcSettingsRepository(null).set("n", (String) null), "value is required"),
                new Case(() -> new JdbcSettingsRepository(null).set("n", "v".repeat(4_001)), "longer than 4000"),
                new Case(() -> new JdbcSettingsRepository(null).set("n", Double.NaN), "must be finite"));
        for (Case c : cases) {
            assertThatThrownBy(c.build::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(c.message);
        }
    }
}
