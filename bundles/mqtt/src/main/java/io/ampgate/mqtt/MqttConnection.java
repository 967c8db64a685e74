package io.ampgate.mqtt;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The gateway's connection to the site's MQTT broker. Every topic the gateway uses lives below
 * one base topic ({@code ampgate} unless configured otherwise), so callers name topics relative to
 * it: {@code signal/grid/set} is {@code ampgate/signal/grid/set} on the broker.
 *
 * <p>The connection reconnects by itself; subscriptions are renewed after every reconnect, and
 * while the broker is unreachable nothing is queued: {@link #publish} says whether the message
 * went out. The broker holds the retained {@code <base>/status}: {@code online}, or {@code offline}
 * (the gateway's last will, or its clean stop).
 */
@ProviderType
public interface MqttConnection {

    /** The topic, relative to the base, of the gateway's {@code online}/{@code offline} status. */
    String STATUS = "status";

    /**
     * The base topic.
     *
     * @return e.g. {@code ampgate}, without a trailing slash
     */
    String baseTopic();

    /**
     * Whether the broker is connected now.
     *
     * @return true while connected
     */
    boolean isConnected();

    /**
     * Publishes a message, without blocking for the broker's acknowledgement.
     *
     * @param topic relative to the base topic, no wildcards
     * @param payload the payload (UTF-8 text for JSON)
     * @param qos 0, 1 or 2
     * @param retained whether the broker keeps it for later subscribers
     * @return true if it was handed to the client, false while disconnected (it is not queued)
     */
    boolean publish(String topic, byte[] payload, int qos, boolean retained);

    /**
     * Subscribes, now if connected and again after every reconnect, until the registration is
     * closed.
     *
     * @param topicFilter relative to the base topic; {@code +} and {@code #} allowed
     * @param qos the most QoS wanted
     * @param handler told of every matching message, on the client's thread: it must not block,
     *     and what it throws is logged, not passed on
     * @return the registration, to close for unsubscribing
     */
    Registration subscribe(String topicFilter, int qos, MessageHandler handler);

    /**
     * Watches the connection: the listener is told the current state at once, then every change.
     *
     * @param listener told {@code true} on connecting (after the subscriptions are renewed) and
     *     {@code false} on losing the connection; it must not block
     * @return the registration, to close for stopping
     */
    Registration watch(ConnectionListener listener);

    /** A message arriving on a subscribed topic. */
    @FunctionalInterface
    interface MessageHandler {
        /**
         * Handles one message.
         *
         * @param topic the message's topic relative to the base topic
         * @param payload its payload
         * @param retained whether the broker delivered it as a retained message
         */
        void message(String topic, byte[] payload, boolean retained);
    }

    /** Told when the connection comes and goes. */
    @FunctionalInterface
    interface ConnectionListener {
        /**
         * The connection changed.
         *
         * @param connected true once connected, false once lost
         */
        void connectionChanged(boolean connected);
    }

    /** A subscription or a watch; closing it twice does nothing. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
