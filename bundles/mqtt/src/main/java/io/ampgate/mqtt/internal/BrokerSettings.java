package io.ampgate.mqtt.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The checked broker settings. {@link #toString()} never shows a password.
 *
 * @param url {@code tcp://HOST[:PORT]} or {@code ssl://HOST[:PORT]}
 * @param clientId the MQTT client id
 * @param username empty for none
 * @param password empty for none
 * @param trustStore the trust store for {@code ssl://}, or {@code null} for the Java defaults
 * @param trustStorePassword its password, empty for none
 * @param baseTopic the topic every other one is below
 */
record BrokerSettings(String url, String clientId, String username, String password, Path trustStore,
        String trustStorePassword, String baseTopic, Duration keepAlive, Duration connectTimeout,
        Duration reconnectMax) {

    BrokerSettings {
        String scheme = scheme(url);
        if (clientId.isEmpty() || clientId.length() > 65535) {
            throw new IllegalArgumentException("the client id must have 1 to 65535 characters");
        }
        if (username.isEmpty() && !password.isEmpty()) {
            throw new IllegalArgumentException("a password needs a user name (MQTT 3.1.1)");
        }
        if (trustStore != null && !scheme.equals("ssl")) {
            throw new IllegalArgumentException("a trust store is for ssl:// URLs, not " + url);
        }
        TopicNames.checkBase(baseTopic);
        if (keepAlive.isNegative() || connectTimeout.isNegative() || reconnectMax.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("keep-alive and timeouts must be >= 0, the reconnect delay >= 1 s");
        }
    }

    /**
     * The settings of a configuration; a blank client id becomes the site's stable one, a relative
     * trust store path is taken from the site folder (the data folder's parent).
     */
    static BrokerSettings of(MqttConfig c, Path dataFolder) {
        Path data = dataFolder.toAbsolutePath();
        Path site = data.getParent() == null ? data : data.getParent();
        String clientId = c.clientId() == null || c.clientId().isBlank() ? ClientIds.stable(data) : c.clientId().trim();
        return new BrokerSettings(c.url().trim(), clientId, text(c.username()), text(c._password()),
                blank(c.trustStore()) ? null : site.resolve(c.trustStore().trim()), text(c._trustStorePassword()),
                text(c.baseTopic()), Duration.ofSeconds(c.keepAliveSeconds()),
                Duration.ofSeconds(c.connectTimeoutSeconds()), Duration.ofSeconds(c.reconnectMaxSeconds()));
    }

    boolean tls() {
        return url.startsWith("ssl:");
    }

    @Override
    public String toString() {
        return url + " as " + clientId + (username.isEmpty() ? "" : ", user " + username)
                + (trustStore == null ? "" : ", trusting " + trustStore) + ", base topic " + baseTopic;
    }

    private static String scheme(String url) {
        IllegalArgumentException wrong = new IllegalArgumentException(
                "the broker URL must be tcp://HOST:PORT or ssl://HOST:PORT, not '" + url + "'");
        try {
            URI uri = new URI(url);
            boolean known = "tcp".equals(uri.getScheme()) || "ssl".equals(uri.getScheme());
            if (!known || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
                throw wrong;
            }
            return uri.getScheme();
        } catch (URISyntaxException e) {
            throw wrong;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
