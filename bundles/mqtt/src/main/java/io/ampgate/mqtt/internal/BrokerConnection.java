package io.ampgate.mqtt.internal;

import io.ampgate.mqtt.MqttConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttTopic;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The connection to the site's broker (Eclipse Paho, MQTT 3.1.1). It connects on its own thread
 * and, whenever the connection fails or is lost, tries again after 1 s, 2 s, 4 s... up to the
 * configured longest delay. Its last will is {@code <base>/status = offline} (retained); after every
 * connect it publishes {@code online} (retained), renews the subscriptions and tells the watchers.
 */
@Component(service = MqttConnection.class, configurationPid = MqttConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = MqttConfig.class)
public final class BrokerConnection implements MqttConnection {
    private static final Logger LOG = Logger.getLogger(BrokerConnection.class.getName());
    private static final byte[] ONLINE = "online".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OFFLINE = "offline".getBytes(StandardCharsets.UTF_8);
    private static final long GOODBYE_MILLIS = 2000;

    private final BrokerSettings settings;
    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final Backoff backoff;
    private final ScheduledExecutorService worker;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private String lastFailure;
    // the watchers are told under this lock, the state read when telling, and only a change: a loss
    // racing with the end of a connect (Paho's thread and ours) cannot leave them on "connected"
    private final Object watchLock = new Object();
    private boolean told; // guarded by watchLock: what the watchers were told last

    @Activate
    public BrokerConnection(MqttConfig config, BundleContext context) {
        this(BrokerSettings.of(config, Path.of(context.getProperty("ampgate.data") == null ? "data"
                : context.getProperty("ampgate.data"))));
    }

    BrokerConnection(BrokerSettings settings) {
        this.settings = settings;
        this.options = options(settings);
        this.backoff = new Backoff(settings.reconnectMax());
        try {
            // in memory: QoS 1 and 2 state is not worth files in the working folder
            this.client = new MqttAsyncClient(settings.url(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot use the MQTT broker " + settings.url() + ": " + reason(e), e);
        }
        client.setCallback(new Callback());
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ampgate-mqtt");
            t.setDaemon(true);
            return t;
        });
        LOG.info(() -> "MQTT: connecting to " + settings);
        worker.execute(this::connect);
    }

    private static MqttConnectOptions options(BrokerSettings s) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval((int) s.keepAlive().toSeconds());
        o.setConnectionTimeout((int) s.connectTimeout().toSeconds());
        o.setWill(TopicNames.full(s.baseTopic(), STATUS), OFFLINE, 1, true);
        if (!s.username().isEmpty()) {
            o.setUserName(s.username());
            o.setPassword(s.password().toCharArray());
        }
        if (s.tls()) {
            o.setHttpsHostnameVerificationEnabled(true);
            if (s.trustStore() != null) {
                o.setSocketFactory(TlsSockets.trusting(s.trustStore(), s.trustStorePassword()));
            }
        }
        return o;
    }

    @Override
    public String baseTopic() {
        return settings.baseTopic();
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public boolean publish(String topic, byte[] payload, int qos, boolean retained) {
        String full = TopicNames.full(settings.baseTopic(), topic);
        MqttTopic.validate(full, false);
        if (!client.isConnected()) {
            return false;
        }
        try {
            client.publish(full, payload, qos, retained);
            return true;
        } catch (MqttException e) {
            LOG.fine(() -> "MQTT: not published on " + full + ": " + reason(e));
            return false;
        }
    }

    @Override
    public Registration subscribe(String topicFilter, int qos, MessageHandler handler) {
        String full = TopicNames.full(settings.baseTopic(), topicFilter);
        MqttTopic.validate(full, true);
        Subscription s = new Subscription(full, qos, handler);
        subscriptions.add(s);
        if (client.isConnected()) {
            s.renew();
        }
        return s;
    }

    @Override
    public Registration watch(ConnectionListener listener) {
        synchronized (watchLock) {
            listeners.add(listener);
            tell(listener, told);
        }
        return () -> listeners.remove(listener);
    }

    /** Tells the watchers the connection's state, if it is not what they were told last. */
    private void tellWatchers() {
        synchronized (watchLock) {
            boolean connected = client.isConnected();
            if (connected != told) {
                told = connected;
                listeners.forEach(l -> tell(l, connected));
            }
        }
    }

    @Deactivate
    void close() {
        closed = true;
        worker.shutdownNow();
        try {
            if (client.isConnected()) {
                // a clean stop sends no last will: say it ourselves
                client.publish(TopicNames.full(settings.baseTopic(), STATUS), OFFLINE, 1, true)
                        .waitForCompletion(GOODBYE_MILLIS);
                client.disconnect(GOODBYE_MILLIS / 2).waitForCompletion(GOODBYE_MILLIS);
            }
        } catch (MqttException e) {
            LOG.fine(() -> "MQTT: unclean disconnect: " + reason(e));
        }
        try {
            worker.awaitTermination(GOODBYE_MILLIS, TimeUnit.MILLISECONDS);
            client.close(true);
        } catch (MqttException e) {
            LOG.fine(() -> "MQTT: close: " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info(() -> "MQTT: connection to " + settings.url() + " closed");
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            client.connect(options).waitForCompletion(2 * settings.connectTimeout().toMillis() + 5000);
        } catch (MqttException e) {
            if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
                abandon();
            }
            retryLater("cannot connect to " + settings.url() + ": " + reason(e));
            return;
        }
        backoff.reset();
        lastFailure = null;
        LOG.info(() -> "MQTT: connected to " + settings.url() + " as " + settings.clientId());
        publish(STATUS, ONLINE, 1, true);
        subscriptions.forEach(Subscription::renew);
        tellWatchers();
    }

    private void abandon() {
        try {
            client.disconnectForcibly(0, 1000, false);
        } catch (MqttException ignored) {
            // the next attempt reports what is wrong
        }
    }

    private void retryLater(String failure) {
        if (closed) {
            return;
        }
        Duration delay = backoff.next();
        // the same failure every minute for hours is one line in the log, not hundreds
        Level level = failure.equals(lastFailure) ? Level.FINE : Level.WARNING;
        LOG.log(level, () -> "MQTT: " + failure + "; trying again in " + delay.toSeconds() + " s");
        lastFailure = failure;
        try {
            worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // closed meanwhile
        }
    }

    private static void tell(ConnectionListener listener, boolean connected) {
        try {
            listener.connectionChanged(connected);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "MQTT: a connection watcher failed", e);
        }
    }

    static String reason(MqttException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
    }

    private final class Callback implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            // Paho marks the client disconnected before it calls this
            tellWatchers();
            String why = cause == null ? "no reason given" : cause instanceof MqttException m ? reason(m) : String.valueOf(cause.getMessage());
            try {
                worker.execute(() -> retryLater("connection to " + settings.url() + " lost: " + why));
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // closed meanwhile
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            String relative = TopicNames.relative(settings.baseTopic(), topic);
            if (relative == null) {
                return;
            }
            for (Subscription s : subscriptions) {
                if (MqttTopic.isMatched(s.filter, topic)) {
                    s.deliver(relative, message);
                }
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // publishing is fire-and-forget; QoS is the broker's business
        }
    }

    private final class Subscription implements Registration {
        final String filter;
        final int qos;
        final MessageHandler handler;

        Subscription(String filter, int qos, MessageHandler handler) {
            this.filter = filter;
            this.qos = qos;
            this.handler = handler;
        }

        void renew() {
            try {
                client.subscribe(filter, qos);
            } catch (MqttException e) {
                LOG.warning(() -> "MQTT: cannot subscribe to " + filter + ": " + reason(e));
            }
        }

        void deliver(String topic, MqttMessage message) {
            try {
                handler.message(topic, message.getPayload(), message.isRetained());
            } catch (RuntimeException e) {
                // thrown back into Paho it would close the connection
                LOG.log(Level.WARNING, "MQTT: the handler of " + filter + " failed on a message", e);
            }
        }

        @Override
        public void close() {
            if (subscriptions.remove(this) && client.isConnected()
                    && subscriptions.stream().noneMatch(s -> s.filter.equals(filter))) {
                try {
                    client.unsubscribe(filter);
                } catch (MqttException e) {
                    LOG.fine(() -> "MQTT: cannot unsubscribe from " + filter + ": " + reason(e));
                }
            }
        }
    }
}
