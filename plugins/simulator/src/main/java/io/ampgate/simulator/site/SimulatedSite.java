package io.ampgate.simulator.site;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.SimulatedUnit;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A simulated charging site on 127.0.0.1: charging stations that connect to the gateway's OCPP
 * server and charge simulated cars, and Modbus TCP slaves for the site meter (SDM630), the PV
 * inverter (SunSpec) and the grid signal (a holding register). Every second (of its
 * {@link SiteScheduler}) the site steps: the stations charge, cars come and go, and the meter
 * shows the base load plus the cars' draw minus the PV production, per phase.
 *
 * <pre>{@code
 * try (RealTimeScheduler time = new RealTimeScheduler();
 *      SimulatedSite site = SimulatedSite.start(SiteSettings.builder().build(), time)) {
 *     ...
 * }
 * }</pre>
 */
public final class SimulatedSite implements AutoCloseable {

    private static final Logger LOG = System.getLogger(SimulatedSite.class.getName());

    /** How often the site steps. */
    public static final Duration STEP = Duration.ofSeconds(1);
    /** How long {@link #close()} waits for the central system to answer the stations' last StopTransactions. */
    static final Duration POWER_OFF_WAIT = Duration.ofSeconds(2);
    /** The longest step counted at once (after the machine slept, say). */
    static final Duration LONGEST_STEP = Duration.ofSeconds(10);

    /** What the site meter shows, and what it is made of; currents signed, import positive. */
    public record Reading(Instant time, PhaseCurrents baseLoad, PhaseCurrents cars, double pvW, PhaseCurrents net,
            GridLevel signal) {
    }

    private final SiteSettings settings;
    private final SiteScheduler scheduler;
    private final HttpClient http;
    private final ScheduledExecutorService executor;
    private final List<SimulatedStation> stations = new ArrayList<>();
    private final List<ModbusSlaveSimulator> slaves = new ArrayList<>();
    private SiteMeter meter;
    private PvInverter inverter;
    private SimulatedUnit signalUnit;
    private int meterPort = -1;
    private int pvPort = -1;
    private int signalPort = -1;
    private GridLevel signalOverride;
    private Reading reading;
    private Instant lastStep;
    private SiteScheduler.Task task;

    private SimulatedSite(SiteSettings settings, SiteScheduler scheduler) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.executor = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("simulated-stations").unstarted(r));
        this.http = HttpClient.newHttpClient();
    }

    /**
     * Starts the site: listens on its Modbus ports, and steps a first time at once (the stations
     * start connecting, the cars of the plan that are there now plug in).
     *
     * @throws IOException when a Modbus port cannot be listened on (taken)
     */
    public static SimulatedSite start(SiteSettings settings, SiteScheduler scheduler) throws IOException {
        SimulatedSite site = new SimulatedSite(settings, scheduler);
        try {
            site.open();
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
        return site;
    }

    private void open() throws IOException {
        Instant now = scheduler.clock().instant();
        for (int i = 0; i < settings.stations().size(); i++) {
            stations.add(new SimulatedStation(settings.stations().get(i), i, settings, scheduler.clock(), http,
                    executor));
        }
        if (settings.siteMeter().on()) {
            ModbusSlaveSimulator slave = listen(settings.siteMeter());
            meterPort = slave.port();
            double exportStart = EnergyStart.registerWh(now, settings.pv().peakW() * 0.03);
            meter = new SiteMeter(slave.unit(settings.siteMeter().unit()), settings.volts(), settings.seed(),
                    EnergyStart.registerWh(now, settings.baseLoad().meanWatts(settings.volts())), exportStart);
        }
        if (settings.pvInverter().on()) {
            ModbusSlaveSimulator slave = listen(settings.pvInverter());
            pvPort = slave.port();
            inverter = new PvInverter(slave.unit(settings.pvInverter().unit()), settings.pvInverter().unit(),
                    settings.volts(), settings.pv().peakW(), EnergyStart.registerWh(now, settings.pv().peakW() * 0.11),
                    settings.seed());
        }
        if (settings.gridSignal().on()) {
            ModbusSlaveSimulator slave = listen(settings.gridSignal());
            signalPort = slave.port();
            signalUnit = slave.unit(settings.gridSignal().unit());
        }
        step();
        task = scheduler.every(STEP, this::step);
    }

    private ModbusSlaveSimulator listen(SiteSettings.Endpoint endpoint) throws IOException {
        ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen(endpoint.port());
        slaves.add(slave);
        return slave;
    }

    /** One step: the stations first (cars, sessions, messages), then what the meters show. */
    void step() {
        Instant now = scheduler.clock().instant();
        Duration elapsed;
        synchronized (this) {
            elapsed = lastStep == null ? Duration.ZERO : Duration.between(lastStep, now);
            if (elapsed.compareTo(LONGEST_STEP) > 0) {
                elapsed = LONGEST_STEP;
            }
            lastStep = now;
        }
        PhaseCurrents cars = PhaseCurrents.ZERO;
        for (SimulatedStation station : stations) {
            try {
                station.step(now, elapsed);
            } catch (RuntimeException e) {
                // one station's fault must not stop the others, nor the meters
                LOG.log(Level.WARNING, "simulated station " + station.id() + ": a step failed", e);
            }
            cars = cars.plus(station.siteDraw());
        }
        ZonedDateTime local = now.atZone(settings.zone());
        PhaseCurrents base = settings.baseLoad().at(local);
        double pvW = settings.pv().watts(local);
        PhaseCurrents net = net(base, cars, pvW, settings.volts());
        GridLevel signal;
        synchronized (this) {
            signal = signalOverride != null ? signalOverride : settings.signalSchedule().level(local);
            reading = new Reading(now, base, cars, pvW, net, signal);
        }
        if (meter != null) {
            meter.update(now, elapsed, net);
        }
        if (inverter != null) {
            double[] volts = new double[3];
            for (int p = 0; p < 3; p++) {
                volts[p] = SiteMeter.voltage(p + 1, net.phase(p + 1), now, settings.volts(), settings.seed());
            }
            inverter.update(elapsed, pvW, volts);
        }
        if (signalUnit != null) {
            signalUnit.setU16(Area.HOLDING_REGISTERS, settings.gridSignalRegister(), signal.register());
        }
    }

    /** What the site meter measures: base load plus cars, less the three-phase PV production, per phase. */
    static PhaseCurrents net(PhaseCurrents base, PhaseCurrents cars, double pvW, double volts) {
        return base.plus(cars).minus(PhaseCurrents.all(pvW / 3 / volts));
    }

    // ---- what it shows

    public SiteSettings settings() {
        return settings;
    }

    /** The site's clock: real or virtual. */
    public Clock clock() {
        return scheduler.clock();
    }

    /** What the site meter showed at the last step. */
    public synchronized Reading reading() {
        return reading;
    }

    /** The port the site meter listens on; empty when it is not simulated. */
    public OptionalInt siteMeterPort() {
        return port(meterPort);
    }

    public OptionalInt pvInverterPort() {
        return port(pvPort);
    }

    public OptionalInt gridSignalPort() {
        return port(signalPort);
    }

    private static OptionalInt port(int port) {
        return port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
    }

    /** The stations' ids, in the order of the settings. */
    public List<String> stationIds() {
        return stations.stream().map(SimulatedStation::id).toList();
    }

    /** What a connector shows now. */
    public ConnectorView connector(String station, int connector) {
        return station(station).view(connector);
    }

    /** Every connector of every station, in the order of the settings. */
    public List<ConnectorView> connectors() {
        List<ConnectorView> views = new ArrayList<>();
        for (SimulatedStation s : stations) {
            for (int n = 1; n <= s.spec().connectors(); n++) {
                views.add(s.view(n));
            }
        }
        return views;
    }

    /** Whether a station has been accepted by the central system (and is still connected). */
    public boolean accepted(String station) {
        return station(station).link() == SimulatedStation.Link.ACCEPTED;
    }

    /** A table of the site: the meter, then each connector; for {@code sim:status}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        Reading r = reading();
        if (r != null) {
            out.append(String.format(Locale.ROOT, "site meter %s (base load %s + cars %s - PV %.0f W), grid signal %s%n",
                    r.net(), r.baseLoad(), r.cars(), r.pvW(), r.signal()));
        }
        out.append("Modbus on 127.0.0.1: ").append(modbusAddresses()).append('\n');
        connectors().forEach(c -> out.append(c.line()).append('\n'));
        return out.toString();
    }

    /** Where the Modbus devices answer, as installers write addresses. */
    public String modbusAddresses() {
        return String.format(Locale.ROOT, "site meter %s, PV inverter %s, grid signal %s (register %d)",
                portText(meterPort, settings.siteMeter()), portText(pvPort, settings.pvInverter()),
                portText(signalPort, settings.gridSignal()), settings.gridSignalRegister());
    }

    private static String portText(int port, SiteSettings.Endpoint endpoint) {
        return port < 0 ? "off" : endpoint.unit() + "@127.0.0.1:" + port;
    }

    // ---- what an operator (or a test) does

    /** A car plugs in now; false when the connector is taken or inoperative. */
    public boolean plugIn(String station, int connector, CarVisit car) {
        return station(station).plugIn(connector, car);
    }

    /** The car at a connector leaves (its session, if any, stops: EV disconnected). */
    public void unplug(String station, int connector) {
        station(station).unplug(connector);
    }

    /** Holds the grid signal at {@code level} instead of the schedule; null goes back to the schedule. */
    public synchronized void overrideSignal(GridLevel level) {
        signalOverride = level;
    }

    private SimulatedStation station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated station " + id + "; there are "
                        + stationIds()));
    }

    /**
     * Stops stepping; the stations stop their sessions (PowerLoss; waiting at most
     * {@link #POWER_OFF_WAIT} for the central system's answers) and close; the Modbus slaves close.
     */
    @Override
    public void close() {
        if (task != null) {
            task.cancel();
        }
        try {
            CompletableFuture.allOf(stations.stream().map(SimulatedStation::powerOff)
                    .toArray(CompletableFuture[]::new)).get(POWER_OFF_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a station offline or a central system gone: its sessions stay open there, as after a power cut
        }
        stations.forEach(SimulatedStation::close);
        slaves.forEach(ModbusSlaveSimulator::close);
        executor.shutdownNow();
        http.shutdownNow();
    }
}
