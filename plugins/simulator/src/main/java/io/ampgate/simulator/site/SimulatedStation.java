package io.ampgate.simulator.site;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.simulator.ocpp.Answer;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.SimulatorBuilder;
import io.ampgate.simulator.site.Connector.Session;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One simulated charging station on the site: an OCPP {@link ChargePointSimulator} and the cars
 * at its connectors. It connects (again after a loss), boots until Accepted, sends its statuses,
 * heartbeats at the interval the central system gives and MeterValues at its sample interval,
 * authorizes the badges of the cars that plug in, and runs their sessions: a car draws
 * {@link Charging#draw what it takes of the limit} its charging profiles give. The central
 * system's commands are answered as {@link StationCommands} says.
 *
 * <p>The site {@link #step steps} it every second; answers and commands of the central system
 * arrive on other threads. Every change of state holds this station's lock; nothing waits while
 * holding it (messages are sent asynchronously).
 */
final class SimulatedStation {

    private static final Logger LOG = System.getLogger(SimulatedStation.class.getName());
    /** How long a driver whose badge was refused stays before unplugging. */
    static final Duration REFUSED_STAY = Duration.ofMinutes(2);
    /** How long after a failed authorization or start the station tries again. */
    static final Duration RETRY = Duration.ofSeconds(30);
    /** How long a reset takes, from the connection's close to the next connection. */
    static final Duration REBOOT = Duration.ofSeconds(5);
    /** The longest wait between two connection attempts. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Where the station stands with the central system. */
    enum Link {
        OFFLINE, CONNECTING, BOOTING, PENDING, ACCEPTED
    }

    private final StationSpec spec;
    private final int index;
    private final SiteSettings settings;
    private final Clock clock;
    private final ChargePointSimulator cp;
    private final List<Connector> connectors = new ArrayList<>();
    private Link link = Link.OFFLINE;
    private Instant nextAttempt = Instant.MIN;
    private int failures;
    private Duration heartbeat = Duration.ofSeconds(300);
    private Instant lastHeartbeat;
    private Instant lastSample;
    private String sentStationStatus;
    private boolean resetting;
    private boolean closed;

    SimulatedStation(StationSpec spec, int index, SiteSettings settings, Clock clock, HttpClient http,
            ScheduledExecutorService executor) {
        this.spec = spec;
        this.index = index;
        this.settings = settings;
        this.clock = clock;
        SimulatorBuilder builder = ChargePointSimulator.builder(spec.id(), settings.ocppUri())
                .connectors(spec.connectors()).vendorAndModel(spec.vendor(), spec.model())
                .clock(clock).httpClient(http).scheduler(executor).logCapacity(100);
        if (!settings.ocppPassword().isEmpty()) {
            builder.basicAuth(settings.ocppPassword());
        }
        this.cp = builder.build();
        cp.state().configure("MeterValueSampleInterval", Long.toString(settings.meterValuesInterval().toSeconds()),
                false);
        cp.state().configure("ConnectorPhaseRotation", phaseRotation(), false);
        Instant now = clock.instant();
        for (int n = 1; n <= spec.connectors(); n++) {
            connectors.add(new Connector(n, EnergyStart.registerWh(now, spec.maxCurrentA() * spec.phases()
                    * settings.volts())));
        }
        new StationCommands(this, cp).install();
    }

    String id() {
        return spec.id();
    }

    StationSpec spec() {
        return spec;
    }

    synchronized Link link() {
        return link;
    }

    // ---- the step

    /** One step of the site: the last {@code elapsed} of charging, arrivals and departures, messages due. */
    synchronized void step(Instant now, Duration elapsed) {
        if (closed) {
            return;
        }
        if (!now.isBefore(nextAttempt)) {
            if (link == Link.OFFLINE) {
                connect();
            } else if (link == Link.PENDING) {
                boot();
            }
        }
        for (Connector c : connectors) {
            step(c, now, elapsed);
        }
        sendStatuses(false);
        if (link == Link.ACCEPTED) {
            if (!now.isBefore(lastHeartbeat.plus(heartbeat))) {
                lastHeartbeat = now;
                cp.heartbeat();
            }
            Duration sampling = configuredSeconds("MeterValueSampleInterval", 0);
            if (!sampling.isZero() && !now.isBefore(lastSample.plus(sampling))) {
                lastSample = now;
                connectors.stream().filter(Connector::charging).forEach(this::sendSample);
            }
        }
    }

    private void step(Connector c, Instant now, Duration elapsed) {
        if (c.drawA > 0) {
            double wh = Charging.energyWh(c.drawA, c.phasesUsed, settings.volts(), elapsed);
            c.deliveredWh += wh;
            c.registerWh += wh;
        }
        if (c.car != null && !now.isBefore(c.car.departure())) {
            unplug(c, "EVDisconnected");
        }
        if (c.remoteIdTag != null && !now.isBefore(c.remoteUntil)) {
            c.remoteIdTag = null;
        }
        if (c.car == null) {
            plannedArrival(c, now).ifPresent(car -> plugIn(c, car));
        }
        c.plannedUpTo = now;
        if (link == Link.ACCEPTED && c.carWaiting() && !now.isBefore(c.retryAt) && operative(c.number)) {
            authorize(c);
        }
        updateDraw(c, now);
    }

    private void updateDraw(Connector c, Instant now) {
        if (!c.charging()) {
            c.offeredA = 0;
            c.drawA = 0;
            return;
        }
        OptionalDouble limit = ProfileLimit.limitA(cp.state().chargingProfiles(c.number),
                cp.state().chargingProfiles(0), OptionalInt.of(c.transactionId), c.transactionStart, now,
                settings.volts());
        c.offeredA = Charging.offered(limit.orElse(spec.maxCurrentA()), spec.maxCurrentA());
        c.drawA = Charging.draw(c.offeredA, Charging.acceptance(c.car, c.deliveredWh));
    }

    /** The car of the plan that arrived since the last step (or, at the first step, is there now). */
    private Optional<CarVisit> plannedArrival(Connector c, Instant now) {
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        if (!today.equals(c.planDay)) {
            c.planDay = today;
            c.planVisits = settings.arrivals().visits(index, c.number, today, settings.zone());
        }
        Instant since = c.plannedUpTo;
        return c.planVisits.stream()
                .filter(v -> since == null ? !v.arrival().isAfter(now) : v.arrival().isAfter(since)
                        && !v.arrival().isAfter(now))
                .filter(v -> v.departure().isAfter(now))
                .findFirst();
    }

    // ---- cars

    /** A car plugs in; it goes elsewhere when the connector is taken or inoperative. */
    synchronized boolean plugIn(int connector, CarVisit car) {
        return plugIn(connector(connector), car);
    }

    private boolean plugIn(Connector c, CarVisit car) {
        if (c.car != null || !operative(c.number)) {
            return false;
        }
        c.car = car;
        c.deliveredWh = 0;
        c.session = Session.NONE;
        c.retryAt = Instant.MIN;
        c.phasesUsed = Math.min(car.phases(), spec.phases());
        if (link == Link.ACCEPTED) {
            authorize(c);
        }
        sendStatuses(false);
        return true;
    }

    /** The driver unplugs (a running session stops: EV disconnected). */
    synchronized void unplug(int connector) {
        unplug(connector(connector), "EVDisconnected");
        sendStatuses(false);
    }

    private void unplug(Connector c, String reason) {
        stop(c, reason);
        c.car = null;
        c.session = Session.NONE;
        c.deliveredWh = 0;
        c.offeredA = 0;
        c.drawA = 0;
        c.phasesUsed = 0;
    }

    private void authorize(Connector c) {
        if (c.remoteIdTag != null) {
            String idTag = c.remoteIdTag;
            c.remoteIdTag = null;
            start(c, idTag);
            return;
        }
        String badge = c.car.badge();
        if (badge.isEmpty()) {
            return; // waits for a remote start
        }
        if (localPreAuthorized(badge)) {
            start(c, badge);
            return;
        }
        c.session = Session.AUTHORIZING;
        CarVisit car = c.car;
        cp.authorize(badge).whenComplete((answer, failure) -> authorized(c, car, answer, failure));
    }

    private synchronized void authorized(Connector c, CarVisit car, Answer answer, Throwable failure) {
        if (c.car != car || c.session != Session.AUTHORIZING) {
            return; // the car left meanwhile
        }
        Instant now = clock.instant();
        if (failure != null || !(answer instanceof Answer.Result result)) {
            c.session = Session.NONE;
            c.retryAt = now.plus(RETRY);
            return;
        }
        String status = result.payload().path("idTagInfo").path("status").asText();
        if ("Accepted".equals(status)) {
            start(c, car.badge());
        } else {
            refuse(c, now, "badge " + car.badge() + " " + status);
        }
        sendStatuses(false);
    }

    private void refuse(Connector c, Instant now, String why) {
        c.session = Session.REFUSED;
        Instant leaving = now.plus(REFUSED_STAY);
        if (leaving.isBefore(c.car.departure())) {
            c.car = c.car.leavingAt(leaving);
        }
        LOG.log(Level.INFO, "simulated station {0}/{1}: {2}; the driver leaves", spec.id(), c.number, why);
    }

    private void start(Connector c, String idTag) {
        c.session = Session.STARTING;
        c.idTag = idTag;
        CarVisit car = c.car;
        Instant at = clock.instant();
        cp.startTransaction(c.number, idTag, Math.round(c.registerWh), at)
                .whenComplete((answer, failure) -> started(c, car, at, answer, failure));
    }

    private synchronized void started(Connector c, CarVisit car, Instant at, Answer answer, Throwable failure) {
        Instant now = clock.instant();
        if (failure != null || !(answer instanceof Answer.Result result)
                || !result.payload().path("transactionId").isInt()) {
            if (c.car == car && c.session == Session.STARTING) {
                c.session = Session.NONE;
                c.retryAt = now.plus(RETRY);
            }
            return;
        }
        c.transactionId = result.payload().get("transactionId").asInt();
        c.transactionStart = at;
        String status = result.payload().path("idTagInfo").path("status").asText();
        if (c.car != car || c.session != Session.STARTING) {
            stop(c, "EVDisconnected"); // the car left before the answer
        } else if (!"Accepted".equals(status)) {
            stop(c, "DeAuthorized");
            refuse(c, now, "transaction refused: " + status);
        } else {
            c.session = Session.RUNNING;
            updateDraw(c, now);
        }
        sendStatuses(false);
    }

    /** Stops the running transaction, if any; the car stays plugged in (Finishing). */
    CompletableFuture<?> stop(Connector c, String reason) {
        if (c.transactionId == null) {
            return CompletableFuture.completedFuture(null);
        }
        int transactionId = c.transactionId;
        c.transactionId = null;
        c.session = c.car == null ? Session.NONE : Session.ENDED;
        c.offeredA = 0;
        c.drawA = 0;
        return cp.stopTransaction(transactionId, Math.round(c.registerWh), clock.instant(), reason,
                "Local".equals(reason) ? c.idTag : null);
    }

    private boolean localPreAuthorized(String badge) {
        boolean pre = cp.state().configuration("LocalPreAuthorize").map(k -> "true".equals(k.value())).orElse(false);
        JsonNode info = cp.state().localList().get(badge);
        if (!pre || info == null || !"Accepted".equals(info.path("status").asText())) {
            return false;
        }
        String expiry = info.path("expiryDate").asText("");
        try {
            return expiry.isEmpty() || Instant.parse(expiry).isAfter(clock.instant());
        } catch (DateTimeParseException e) {
            return false; // asks the central system instead
        }
    }

    // ---- the link

    private void connect() {
        link = Link.CONNECTING;
        cp.connectAsync().whenComplete((connected, failure) -> connected(failure));
    }

    private synchronized void connected(Throwable failure) {
        if (closed) {
            cp.close();
            return;
        }
        if (failure != null) {
            link = Link.OFFLINE;
            failures++;
            long seconds = Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.min(failures - 1, 4));
            nextAttempt = clock.instant().plusSeconds(seconds);
            if (failures == 1) {
                LOG.log(Level.WARNING, "simulated station {0} cannot connect to {1}: {2}; trying again", spec.id(),
                        cp.uri(), failure.getCause() != null ? failure.getCause() : failure);
            }
            return;
        }
        failures = 0;
        cp.closed().whenComplete((status, ignored) -> disconnected(String.valueOf(status)));
        boot();
    }

    private synchronized void disconnected(String status) {
        if (closed) {
            return;
        }
        link = Link.OFFLINE;
        nextAttempt = clock.instant().plus(resetting ? REBOOT : Duration.ofSeconds(5));
        if (!resetting) {
            LOG.log(Level.INFO, "simulated station {0}: connection closed ({1}); connecting again", spec.id(), status);
        }
        resetting = false;
        sentStationStatus = null;
        connectors.forEach(c -> c.sentStatus = null);
    }

    /** Sends a BootNotification; called at each connection and when the central system asks. */
    synchronized void boot() {
        link = Link.BOOTING;
        cp.bootNotification(spec.vendor(), spec.model()).whenComplete(this::booted);
    }

    private synchronized void booted(Answer answer, Throwable failure) {
        if (closed || link != Link.BOOTING) {
            return;
        }
        Instant now = clock.instant();
        if (failure != null || !(answer instanceof Answer.Result result)) {
            link = Link.PENDING;
            nextAttempt = now.plusSeconds(60);
            return;
        }
        String status = result.payload().path("status").asText();
        int interval = result.payload().path("interval").asInt(0);
        if ("Accepted".equals(status)) {
            link = Link.ACCEPTED;
            heartbeat = Duration.ofSeconds(interval > 0 ? interval : 300);
            lastHeartbeat = now;
            lastSample = now;
            sendStatuses(true);
            LOG.log(Level.INFO, "simulated station {0}: accepted by the central system", spec.id());
        } else {
            link = Link.PENDING;
            nextAttempt = now.plusSeconds(interval > 0 ? interval : 60);
            LOG.log(Level.INFO, "simulated station {0}: boot {1}; booting again in {2} s (or when asked)", spec.id(),
                    status, interval > 0 ? interval : 60);
        }
    }

    /** Resets as the central system asked: sessions stop, the station closes and reconnects. */
    synchronized void reset(String type) {
        resetting = true;
        CompletableFuture<?>[] stops = connectors.stream().map(c -> stop(c, type + "Reset"))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(stops).whenComplete((done, failure) -> cp.close(1000, type + " reset"));
    }

    // ---- messages

    /** Sends the status of connector 0 and of each connector that changed, or all of them. */
    synchronized void sendStatuses(boolean all) {
        if (link != Link.ACCEPTED) {
            return;
        }
        String station = operative(0) ? "Available" : "Unavailable";
        if (all || !station.equals(sentStationStatus)) {
            sentStationStatus = station;
            cp.statusNotification(0, station, "NoError");
        }
        for (Connector c : connectors) {
            String status = status(c);
            if (all || !status.equals(c.sentStatus)) {
                c.sentStatus = status;
                cp.statusNotification(c.number, status, "NoError");
            }
        }
    }

    /** Sends the status of one connector (0: the station) as it is now. */
    synchronized void sendStatus(int connector) {
        if (connector == 0) {
            cp.statusNotification(0, operative(0) ? "Available" : "Unavailable", "NoError");
        } else {
            cp.statusNotification(connector, status(connector(connector)), "NoError");
        }
    }

    private String status(Connector c) {
        return Connector.status(operative(c.number), c.car != null, c.session,
                c.car != null && Charging.full(c.car, c.deliveredWh), c.offeredA, c.remoteIdTag != null);
    }

    /** A MeterValues of a connector: energy register, power, and the current on each station phase. */
    synchronized void sendSample(int connector) {
        sendSample(connector(connector));
    }

    private void sendSample(Connector c) {
        double[] currents = new double[spec.phases()];
        for (int k = 0; k < c.phasesUsed && k < currents.length; k++) {
            currents[k] = round(c.drawA);
        }
        cp.meterValues(c.number, c.transactionId, Math.round(c.registerWh),
                Math.round(c.drawA * c.phasesUsed * settings.volts()), currents);
    }

    // ---- what the site and the commands read

    /** The current the cars draw on each site phase, through the station's phase rotation. */
    synchronized PhaseCurrents siteDraw() {
        PhaseCurrents sum = PhaseCurrents.ZERO;
        for (Connector c : connectors) {
            sum = sum.plus(spec.onSitePhases(c.drawA, c.phasesUsed));
        }
        return sum;
    }

    synchronized Optional<Connector> connectorOf(int transactionId) {
        return connectors.stream().filter(c -> c.transactionId != null && c.transactionId == transactionId)
                .findFirst();
    }

    Connector connector(int number) {
        if (number < 1 || number > connectors.size()) {
            throw new IllegalArgumentException("station " + spec.id() + " has no connector " + number);
        }
        return connectors.get(number - 1);
    }

    List<Connector> connectors() {
        return connectors;
    }

    boolean operative(int connector) {
        return "Operative".equals(cp.state().availability(connector))
                && "Operative".equals(cp.state().availability(0));
    }

    Instant now() {
        return clock.instant();
    }

    SiteSettings settings() {
        return settings;
    }

    /** What a connector shows now. */
    synchronized ConnectorView view(int connector) {
        Connector c = connector(connector);
        return new ConnectorView(spec.id(), link == Link.ACCEPTED, c.number, spec.plugs().get(c.number - 1),
                c.sentStatus == null ? "" : c.sentStatus, c.drawA, c.phasesUsed, Optional.ofNullable(c.car),
                c.deliveredWh, c.transactionId == null ? OptionalInt.empty() : OptionalInt.of(c.transactionId));
    }

    /**
     * The station loses power: its sessions stop (PowerLoss), so that the central system does not
     * keep them open; completes when the central system has answered (at once when offline).
     */
    synchronized CompletableFuture<?> powerOff() {
        closed = true;
        if (link != Link.ACCEPTED) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.allOf(connectors.stream().map(c -> stop(c, "PowerLoss"))
                .toArray(CompletableFuture[]::new));
    }

    synchronized void close() {
        closed = true;
        cp.close(1001, "simulated site stopped");
    }

    /** A configuration key of the station in seconds; {@code fallback} when missing or not a number. */
    Duration configuredSeconds(String key, long fallback) {
        long seconds = cp.state().configuration(key).map(k -> {
            try {
                return Long.parseLong(k.value().trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
        return Duration.ofSeconds(Math.max(0, seconds));
    }

    /** ConnectorPhaseRotation as OCPP writes it: R, S, T for the site's L1, L2, L3 on each connector. */
    private String phaseRotation() {
        StringBuilder letters = new StringBuilder();
        spec.rotation().forEach(phase -> letters.append("RST".charAt(phase - 1)));
        List<String> entries = new ArrayList<>();
        for (int n = 0; n <= spec.connectors(); n++) {
            entries.add(n + "." + letters);
        }
        return String.join(",", entries);
    }

    private static double round(double current) {
        return Math.round(current * 100) / 100.0;
    }
}
