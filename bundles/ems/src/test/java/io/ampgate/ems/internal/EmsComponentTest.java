package io.ampgate.ems.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.ems.Strategy;
import io.ampgate.api.site.SiteModel;
import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.station.ResetType;
import io.ampgate.api.station.Setpoint;
import io.ampgate.api.station.StationInfo;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import io.ampgate.ems.Decision;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cycle component with station drivers at the edge: what it sends, in which order, and its decision. */
class EmsComponentTest {
    private static final Zone SITE = new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(60), null,
            PhaseValues.all(16));
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private EmsComponent ems;

    @AfterEach
    void stop() {
        if (ems != null) {
            ems.deactivate();
        }
    }

    /** A station with one three-phase connector that applies what it is told, or refuses. */
    private final class Station implements ChargingStation {
        final String id;
        volatile ConnectorStatus status = ConnectorStatus.CHARGING;
        volatile boolean refuses;

        Station(String id) {
            this.id = id;
        }

        @Override
        public StationInfo info() {
            return new StationInfo(id, "Test", "Wallbox", null, null);
        }

        @Override
        public List<ConnectorInfo> connectors() {
            return List.of(new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, 6, true));
        }

        @Override
        public ConnectorState state(int connector) {
            return new ConnectorState(1, status, PhaseValues.zero(), 0, 0, status.isSessionActive() ? "1" : null,
                    Instant.EPOCH);
        }

        @Override
        public boolean online() {
            return true;
        }

        @Override
        public CompletionStage<CommandResult> applySetpoint(int connector, Setpoint setpoint) {
            double a = ((Setpoint.Amps) setpoint).current().l1();
            sent.add(id + " " + a);
            return CompletableFuture.completedFuture(refuses ? CommandResult.of(CommandResult.Outcome.REJECTED, "no")
                    : CommandResult.accepted());
        }

        @Override
        public CompletionStage<CommandResult> remoteStart(int connector, String idTag) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<CommandResult> remoteStop(String sessionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<CommandResult> changeAvailability(int connector, boolean operative) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<CommandResult> reset(ResetType type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<CommandResult> unlock(int connector) {
            throw new UnsupportedOperationException();
        }
    }

    private static SiteModel site(Map<String, String> stationZones) {
        return new SiteModel() {
            @Override
            public List<Zone> zones() {
                return List.of(SITE);
            }

            @Override
            public Optional<Zone> zone(String zoneId) {
                return zoneId.equals("site") ? Optional.of(SITE) : Optional.empty();
            }

            @Override
            public Optional<String> zoneOf(String stationId, int connector) {
                return Optional.ofNullable(stationZones.get(stationId));
            }
        };
    }

    private static EmsConfig config() {
        return new EmsConfig() {
            @Override public Class<? extends Annotation> annotationType() { return EmsConfig.class; }
            @Override public boolean enabled() { return true; }
            @Override public int cycleMillis() { return 1000; }
            @Override public double hysteresisA() { return 0.5; }
            @Override public double rampStepA() { return 32; }
            @Override public int minOnSeconds() { return 0; }
            @Override public int confirmSeconds() { return 5; }
            @Override public int meterTimeoutSeconds() { return 10; }
            @Override public int minOffSeconds() { return 0; }
            @Override public int meterWatchMillis() { return 100; }
        };
    }

    private Station station(String id) {
        Station s = new Station(id);
        ems.addStation(s, Map.of(ChargingStation.PROP_ID, id));
        return s;
    }

    @Test
    void reductionsGoOutAndAreConfirmedBeforeTheIncreasesAndTheDecisionSaysWhy() throws Exception {
        ems = new EmsComponent(site(Map.of("CP1", "site", "CP2", "site", "CP3", "site")), config(),
                Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC), false);
        station("CP1");
        station("CP2");
        Station cp3 = station("CP3");
        cp3.status = ConnectorStatus.AVAILABLE;

        ems.cycle();
        assertThat(sent).as("the idle connector is held at 0 A first, so that a car plugging in waits for its share")
                .containsExactly("CP3 0.0", "CP1 30.0", "CP2 30.0");

        sent.clear();
        cp3.status = ConnectorStatus.PREPARING;
        assertThat(ems.cycle().connectors()).as("plugged in, not authorized yet: no share").doesNotContainKey("CP3/1");
        assertThat(sent).isEmpty();

        cp3.status = ConnectorStatus.SUSPENDED_EVSE; // its transaction started
        Decision d = ems.cycle();

        assertThat(sent).containsExactly("CP1 20.0", "CP2 20.0", "CP3 20.0");
        assertThat(d.connectors()).containsOnlyKeys("CP1/1", "CP2/1", "CP3/1");
        assertThat(d.zones().get("site").capBy()).containsEntry("L1", "zone: limit of zone Main");
        assertThat(Decisions.table(d)).contains("CP3/1").contains("60.0/60.0/60.0");
        assertThat(ems.lastDecision()).contains(d);
    }

    @Test
    void whenAStationRefusesAReductionNoIncreaseIsSent() throws Exception {
        ems = new EmsComponent(site(Map.of("CP1", "site", "CP2", "site", "CP3", "site")), config(),
                Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC), false);
        Station cp1 = station("CP1");
        station("CP2");
        Station cp3 = station("CP3");
        cp3.status = ConnectorStatus.AVAILABLE;
        ems.cycle();
        sent.clear();

        cp1.refuses = true;
        cp3.status = ConnectorStatus.SUSPENDED_EVSE;
        ems.cycle();

        assertThat(sent).containsExactly("CP1 20.0", "CP2 20.0");
        cp1.refuses = false;
        sent.clear();
        ems.cycle();
        assertThat(sent).as("the refused reduction is tried again, then the waiting car starts")
                .containsExactly("CP1 20.0", "CP3 20.0");
    }

    @Test
    void aStationInNoZoneIsNotManagedAndTheDecisionSaysSo() throws Exception {
        ems = new EmsComponent(site(Map.of("CP1", "site")), config(),
                Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC), false);
        station("CP1");
        station("CP9");

        Decision d = ems.cycle();

        assertThat(sent).containsExactly("CP1 32.0");
        assertThat(d.problems()).singleElement().asString().contains("not in any zone").contains("CP9/1");
    }

    @Test
    void strategiesComeAndGo() throws Exception {
        ems = new EmsComponent(site(Map.of("CP1", "site")), config(),
                Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC), false);
        station("CP1");
        Strategy grid = new Strategy() {
            @Override
            public String id() {
                return "gridsignal";
            }

            @Override
            public void shape(io.ampgate.api.ems.EmsSnapshot snapshot, io.ampgate.api.ems.Constraints c) {
                c.capZone("site", PhaseValues.all(10), "constrained");
            }
        };
        ems.addStrategy(grid);

        assertThat(ems.cycle().connectors().get("CP1/1").setpoint()).isEqualTo(10.0);
        ems.removeStrategy(grid);
        assertThat(ems.cycle().connectors().get("CP1/1").setpoint()).isEqualTo(32.0);
        assertThat(sent).containsExactly("CP1 10.0", "CP1 32.0");
    }

    @Test
    void noAlertForAMeterThatHasNotReadInTheFirstMeterTimeoutAfterTheStartThenOneNamingZoneAndMeter()
            throws Exception {
        Zone metered = new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(60), "grid", PhaseValues.all(16));
        SiteModel site = new SiteModel() {
            @Override public List<Zone> zones() { return List.of(metered); }
            @Override public Optional<Zone> zone(String zoneId) { return Optional.of(metered).filter(z -> z.id().equals(zoneId)); }
            @Override public Optional<String> zoneOf(String stationId, int connector) { return Optional.empty(); }
        };
        Instant start = Instant.parse("2026-11-22T08:00:00Z");
        Instant[] now = {start};
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        List<org.osgi.service.event.Event> posted = new CopyOnWriteArrayList<>();
        ems = new EmsComponent(site, config(), clock, false);
        ems.events = new org.osgi.service.event.EventAdmin() {
            @Override public void postEvent(org.osgi.service.event.Event event) { sendEvent(event); }
            @Override public void sendEvent(org.osgi.service.event.Event event) {
                if (event.getTopic().startsWith(io.ampgate.api.event.Topics.ALERT)) {
                    posted.add(event);
                }
            }
        };

        now[0] = start.plusSeconds(9);
        assertThat(ems.cycle().alerts()).as("the decision shows it").containsKey("meter-silent:site");
        assertThat(posted).as("but the meter has not had its time yet").isEmpty();

        now[0] = start.plusSeconds(10);
        ems.cycle();
        assertThat(posted).singleElement().satisfies(e -> {
            assertThat(e.getTopic()).isEqualTo(io.ampgate.api.event.Topics.ALERT_RAISED);
            assertThat(e.getProperty(io.ampgate.api.event.Topics.PROP_ZONE_ID)).isEqualTo("site");
            assertThat(e.getProperty(io.ampgate.api.event.Topics.PROP_METER_ID)).isEqualTo("grid");
            assertThat((String) e.getProperty(io.ampgate.api.event.Topics.PROP_MESSAGE))
                    .startsWith("zone Main: meter grid has no reading; on its fallback limit");
        });
        ems.cycle();
        assertThat(posted).as("raised once").hasSize(1);
    }

    @Test
    void aNewZoneMeterReadingAboveTheLimitRunsTheCycleBetweenCyclesOnceEach() throws Exception {
        Zone metered = new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(60), "grid", PhaseValues.all(16));
        SiteModel site = new SiteModel() {
            @Override public List<Zone> zones() { return List.of(metered); }
            @Override public Optional<Zone> zone(String zoneId) { return Optional.of(metered).filter(z -> z.id().equals(zoneId)); }
            @Override public Optional<String> zoneOf(String stationId, int connector) { return Optional.of("site"); }
        };
        Instant t0 = Instant.parse("2026-11-22T08:00:00Z");
        java.util.concurrent.atomic.AtomicReference<Optional<io.ampgate.api.meter.MeterReading>> reading =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        ems = new EmsComponent(site, config(), Clock.fixed(t0, ZoneOffset.UTC), false);
        ems.addMeter(new io.ampgate.api.meter.Meter() {
            @Override public io.ampgate.api.meter.MeterInfo info() {
                return new io.ampgate.api.meter.MeterInfo("grid", "Grid", null, null, io.ampgate.api.meter.MeterRole.SITE);
            }
            @Override public Optional<io.ampgate.api.meter.MeterReading> lastReading() { return reading.get(); }
            @Override public io.ampgate.api.device.DeviceHealth health() { return io.ampgate.api.device.DeviceHealth.online(t0); }
        });
        station("CP1");
        java.util.function.DoubleFunction<Optional<io.ampgate.api.meter.MeterReading>> amps = a -> Optional.of(
                new io.ampgate.api.meter.MeterReading(t0.plusMillis((long) (a * 10)), PhaseValues.all(230),
                        PhaseValues.of(a, 10, 10), PhaseValues.all(Double.NaN), Double.NaN, Double.NaN, Double.NaN));

        ems.watchMeters();
        assertThat(ems.lastDecision()).as("no reading").isEmpty();
        reading.set(amps.apply(59));
        ems.watchMeters();
        assertThat(ems.lastDecision()).as("a reading within the limit waits for the next cycle").isEmpty();

        reading.set(amps.apply(61));
        ems.watchMeters();
        Decision first = ems.lastDecision().orElseThrow(() -> new AssertionError("above the limit: no cycle ran"));
        assertThat(sent).containsExactly("CP1 32.0");
        ems.watchMeters();
        assertThat(ems.lastDecision()).as("the same reading again runs no second cycle").containsSame(first);
        reading.set(amps.apply(62));
        ems.watchMeters();
        assertThat(ems.lastDecision().orElseThrow()).as("the next reading, still above").isNotSameAs(first);
    }

    @Test
    void aSiteChangeIsReadBeforeTheCycleItStarts() throws Exception {
        // a site model that caches its zones and reads them again only when refreshed
        Zone smaller = new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(20), null, PhaseValues.all(16));
        Zone[] stored = {SITE};
        Zone[] cached = {SITE};
        SiteModel site = new SiteModel() {
            @Override public List<Zone> zones() { return List.of(cached[0]); }
            @Override public Optional<Zone> zone(String zoneId) { return Optional.of(cached[0]).filter(z -> z.id().equals(zoneId)); }
            @Override public Optional<String> zoneOf(String stationId, int connector) { return Optional.of("site"); }
            @Override public void refresh() { cached[0] = stored[0]; }
        };
        ems = new EmsComponent(site, config(), Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC), false);
        station("CP1");
        ems.cycle();
        assertThat(sent).containsExactly("CP1 32.0");

        stored[0] = smaller; // the zone's limit lowered in the store, then the change posted
        ems.handleEvent(new org.osgi.service.event.Event(io.ampgate.api.event.Topics.SITE_CHANGED, Map.of()));

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (sent.size() < 2) {
            assertThat(System.nanoTime() - deadline).as("a cycle after the change, with the zone as it is now").isNegative();
            Thread.sleep(20);
        }
        assertThat(sent).containsExactly("CP1 32.0", "CP1 20.0");
    }
}
