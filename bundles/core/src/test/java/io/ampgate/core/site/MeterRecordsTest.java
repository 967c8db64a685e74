package io.ampgate.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcMeterRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.jdbc.site.JdbcZoneRepository;
import io.ampgate.store.site.MeterConfig;
import io.ampgate.store.testing.TestDatabases;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** A meter a plugin runs can be named by a zone, over a real Derby store. */
class MeterRecordsTest {

    @Test
    void aRunningMeterIsRecordedSoThatAZoneCanUseIt() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcMeterRepository meters = new JdbcMeterRepository(db);
            JdbcZoneRepository zones = new JdbcZoneRepository(db);
            ZoneCommands zone = new ZoneCommands(zones, new JdbcStationRepository(db));
            MeterRecords records = new MeterRecords(meters);
            MeterInfo grid = new MeterInfo("grid", "Grid connection", "Eastron", "SDM630", MeterRole.SITE);

            assertThat(records.record(grid, "io.ampgate.meter.eastron", "1@127.0.0.1:5020")).isTrue();
            assertThat(records.record(grid, "io.ampgate.meter.eastron", "1@127.0.0.1:5020")).as("unchanged").isFalse();
            assertThat(zone.add("site", "-", "63", "meter=grid")).isEqualTo("added zone site (63 A)");
            assertThat(zones.find("site").orElseThrow().meterId()).isEqualTo("grid");

            MeterInfo renamed = new MeterInfo("grid", "Main meter", "Eastron", "SDM630", MeterRole.SITE);
            assertThat(records.record(renamed, "io.ampgate.meter.eastron", "1@127.0.0.1:5020")).isTrue();
            assertThat(meters.find("grid").orElseThrow().name()).isEqualTo("Main meter");
            assertThat(zones.find("site").orElseThrow().meterId()).as("the zone still names it").isEqualTo("grid");
        }
    }

    @Test
    void aMeterServiceIsRecordedWithItsPluginAndTheAddressOfItsConfiguration() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcMeterRepository meters = new JdbcMeterRepository(db);
            MeterInfo grid = new MeterInfo("grid", "Grid connection", "Eastron", "SDM630", MeterRole.SITE);

            new MeterRecords(meters).addMeter(service(Map.of(Meter.PROP_ID, "grid", "address", "1@127.0.0.1:5020"),
                    "io.ampgate.meter.eastron"), proxy(Meter.class, Map.of("info", grid)));

            assertThat(meters.find("grid").orElseThrow()).isEqualTo(new MeterConfig("grid", "Grid connection",
                    "io.ampgate.meter.eastron", "1@127.0.0.1:5020", "Eastron", "SDM630", MeterRole.SITE));
        }
    }

    /** A meter service as Declarative Services registers it: its configuration as service properties. */
    @SuppressWarnings("unchecked")
    private static ServiceReference<Meter> service(Map<String, Object> properties, String bundle) {
        Bundle plugin = proxy(Bundle.class, Map.of("getSymbolicName", bundle));
        return (ServiceReference<Meter>) Proxy.newProxyInstance(MeterRecordsTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (p, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getBundle" -> plugin;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** An object of the interface whose methods answer {@code answers} by name. */
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(MeterRecordsTest.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                }));
    }
}
