package io.ampgate.mqtt.signal;

import io.ampgate.api.event.Topics;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.SignalSource;
import io.ampgate.mqtt.MqttConnection;
import io.ampgate.mqtt.MqttConnection.Registration;
import io.ampgate.mqtt.internal.MqttConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The grid signal received on {@code <base>/signal/grid/set} (QoS 1). An accepted signal is
 * acknowledged on {@code signal/grid/state} (retained), a refused one answered on
 * {@code signal/grid/error} and the previous signal stays. Every change, including the ones time
 * makes (expiry, a broker unreachable for too long), is posted on {@code io/ampgate/signal/GRID}
 * so that the energy manager's cycle runs at once.
 */
@Component(service = SignalSource.class, configurationPid = MqttConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = SignalSource.PROP_ID + "=" + MqttSignalSource.ID)
public final class MqttSignalSource implements SignalSource {
    static final String ID = "mqtt";
    static final String SET = "signal/grid/set";
    static final String STATE = "signal/grid/state";
    static final String ERROR = "signal/grid/error";
    private static final Logger LOG = Logger.getLogger(MqttSignalSource.class.getName());

    private final MqttConnection broker;
    private final Clock clock;
    private final Duration lostAfter;
    private final ScheduledExecutorService timer;
    private final Registration subscription;
    private final Registration watch;
    private volatile SourceState state = SourceState.NONE;
    private Optional<GridSignal> told = Optional.empty();
    private String lastRefusal;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public MqttSignalSource(@Reference MqttConnection broker, MqttConfig config) {
        this(broker, Duration.ofSeconds(config.signalLostSeconds()), Clock.systemUTC(), Duration.ofSeconds(1));
    }

    /** @param checkEvery how often time-made changes are looked for */
    MqttSignalSource(MqttConnection broker, Duration lostAfter, Clock clock, Duration checkEvery) {
        this.broker = broker;
        this.clock = clock;
        this.lostAfter = lostAfter;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ampgate-mqtt-signal");
            t.setDaemon(true);
            return t;
        });
        this.watch = broker.watch(this::connectionChanged);
        this.subscription = broker.subscribe(SET, 1, (topic, payload, retained) -> received(payload));
        timer.scheduleWithFixedDelay(this::check, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void close() {
        subscription.close();
        watch.close();
        timer.shutdownNow();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<GridSignal> gridSignal() {
        return state.signal(clock.instant(), lostAfter);
    }

    synchronized void received(byte[] payload) {
        Instant now = clock.instant();
        switch (GridSignalPayload.parse(payload)) {
            case GridSignalPayload.Refused refused -> refuse(refused.reason(), payload);
            case GridSignalPayload.Accepted accepted -> {
                lastRefusal = null;
                SignalRequest previous = state.request();
                state = state.accepted(accepted.request(), now);
                if (!accepted.request().equals(previous)) {
                    LOG.info(() -> "MQTT grid signal: " + GridSignals.describe(accepted.request()));
                }
                broker.publish(STATE, GridSignalReports.state(state, now), 1, true);
                // the same signal confirmed again (a sender refreshing it) is no news for the cycle
                changed(now);
            }
        }
    }

    private void refuse(String reason, byte[] payload) {
        // a sender repeating the same wrong payload every few seconds gets one line in the log
        if (!reason.equals(lastRefusal)) {
            LOG.warning(() -> "MQTT grid signal refused, the previous one stays: " + reason);
            lastRefusal = reason;
        }
        broker.publish(ERROR, GridSignalReports.error(reason, payload), 1, false);
    }

    synchronized void connectionChanged(boolean connected) {
        Instant now = clock.instant();
        state = connected ? state.connected() : state.disconnected(now);
        if (connected) {
            // the broker may have lost its retained messages, or hold ours from before a restart
            broker.publish(STATE, GridSignalReports.state(state, now), 1, true);
        }
        changed(now);
    }

    /** Posts the changes that time makes: expiry, the broker unreachable for too long. */
    synchronized void check() {
        Instant now = clock.instant();
        boolean wasInForce = told.isPresent();
        if (changed(now) && wasInForce && state.expired(now)) {
            broker.publish(STATE, GridSignalReports.state(state, now), 1, true);
        }
    }

    private boolean changed(Instant now) {
        Optional<GridSignal> current = state.signal(now, lostAfter);
        if (Objects.equals(unstamped(current), unstamped(told))) {
            return false;
        }
        tell(now, current);
        return true;
    }

    private void tell(Instant now, Optional<GridSignal> current) {
        EventAdmin admin = events;
        if (admin == null) {
            return; // not told: the change is posted at the next look once Event Admin is there
        }
        told = current;
        Map<String, Object> props = new HashMap<>();
        props.put(Topics.PROP_SIGNAL_ID, ID);
        props.put(Topics.PROP_TIMESTAMP, now.toEpochMilli());
        current.ifPresent(s -> {
            props.put(Topics.PROP_SIGNAL, s);
            props.put(Topics.PROP_LEVEL, s.level().name());
        });
        admin.postEvent(new Event(Topics.SIGNAL_GRID, props));
    }

    private static Optional<GridSignal> unstamped(Optional<GridSignal> s) {
        return s.map(g -> new GridSignal(g.level(), Instant.EPOCH, g.cap(), g.maxSessions()));
    }
}
