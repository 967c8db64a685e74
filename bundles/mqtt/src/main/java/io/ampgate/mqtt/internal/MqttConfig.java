package io.ampgate.mqtt.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The broker settings (PID {@code io.ampgate.mqtt}); without them the gateway has no MQTT at all. */
@ObjectClassDefinition(name = "MQTT broker", description = "The site's MQTT broker: building management, grid signal.")
public @interface MqttConfig {

    /** The configuration PID. */
    String PID = "io.ampgate.mqtt";

    @AttributeDefinition(name = "Broker URL", description = "tcp://HOST:1883, or ssl://HOST:8883 for TLS.")
    String url() default "tcp://127.0.0.1:1883";

    @AttributeDefinition(name = "Client id", description = "Empty: ampgate- followed by an id made once for this site and kept in data/mqtt/.", required = false)
    String clientId() default "";

    @AttributeDefinition(name = "User name", description = "Empty: connect without credentials.", required = false)
    String username() default "";

    // a leading dot (the method's underscore) keeps a key out of the service properties, where
    // every bundle and the shell could read it
    @AttributeDefinition(name = "Password", description = "Key .password in the file.", type = AttributeType.PASSWORD, required = false)
    String _password() default "";

    @AttributeDefinition(name = "Trust store", description = "ssl:// only: a PKCS12 or JKS trust store, or a PEM file of CA certificates, trusted instead of the Java defaults.", required = false)
    String trustStore() default "";

    @AttributeDefinition(name = "Trust store password", description = "Key .trustStorePassword in the file.", type = AttributeType.PASSWORD, required = false)
    String _trustStorePassword() default "";

    @AttributeDefinition(name = "Base topic", description = "Every topic of the gateway is below it, e.g. ampgate/status.")
    String baseTopic() default "ampgate";

    @AttributeDefinition(name = "Keep-alive (s)", description = "The broker declares the gateway gone after 1.5 times this without a packet.", min = "5", max = "3600")
    int keepAliveSeconds() default 30;

    @AttributeDefinition(name = "Connection timeout (s)", min = "1", max = "300")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(name = "Longest reconnect delay (s)", description = "Reconnect attempts wait 1 s, then twice as long each time, up to this.", min = "1", max = "3600")
    int reconnectMaxSeconds() default 60;

    @AttributeDefinition(name = "Grid signal lost after (s)", description = "The grid signal received over MQTT counts as lost once the broker has been unreachable this long.", min = "1", max = "86400")
    int signalLostSeconds() default 60;
}
