package io.ampgate.mqtt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The broker settings an installer writes, checked before anything connects. */
class BrokerSettingsTest {

    @TempDir
    Path site;

    private static final String URL = "the broker URL must be tcp://HOST:PORT or ssl://HOST:PORT, not '";

    static Stream<Arguments> wrong() {
        return Stream.of(
                Arguments.of(Map.of("url", "mqtt://127.0.0.1:1883"), URL),
                Arguments.of(Map.of("url", "127.0.0.1:1883"), URL),
                Arguments.of(Map.of("url", "TCP://127.0.0.1:1883"), URL),
                Arguments.of(Map.of("url", "tcp://127.0.0.1:1883/x"), URL),
                Arguments.of(Map.of("url", "tcp://"), URL),
                Arguments.of(Map.of("url", "tcp://127.0.0.1:1883 x"), URL),
                Arguments.of(Map.of("password", "secret"), "a password needs a user name"),
                Arguments.of(Map.of("trustStore", "conf/ca.pem"), "a trust store is for ssl:// URLs"),
                Arguments.of(Map.of("baseTopic", ""), "the base topic must be a topic name"),
                Arguments.of(Map.of("baseTopic", "ampgate/"), "no leading or trailing /"),
                Arguments.of(Map.of("baseTopic", "/ampgate"), "the base topic"),
                Arguments.of(Map.of("baseTopic", "site/+"), "no wildcard"),
                Arguments.of(Map.of("baseTopic", "#"), "no wildcard"),
                Arguments.of(Map.of("baseTopic", "$SYS"), "not starting with $"),
                Arguments.of(Map.of("reconnectMaxSeconds", 0), "reconnect delay >= 1 s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrong")
    void refuses(Map<String, Object> settings, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> BrokerSettings.of(config(settings), site.resolve("data")))
                .withMessageContaining(reason);
    }

    @Test
    void defaults() {
        BrokerSettings s = BrokerSettings.of(config(Map.of()), site.resolve("data"));

        assertThat(s.url()).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(s.clientId()).matches("ampgate-[0-9a-f]{12}");
        assertThat(s.baseTopic()).isEqualTo("ampgate");
        assertThat(s.username()).isEmpty();
        assertThat(s.trustStore()).isNull();
        assertThat(s.keepAlive()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.reconnectMax()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.tls()).isFalse();
    }

    @Test
    void aRelativeTrustStoreIsInTheSiteFolderAndNoPasswordIsShown() {
        BrokerSettings s = BrokerSettings.of(config(Map.of("url", "ssl://broker.example:8883", "clientId", " depot-7 ",
                "username", "gateway", "password", "pa55-word", "trustStore", "conf/mqtt-ca.pem",
                "trustStorePassword", "store-pa55", "baseTopic", "depot/ampgate")), site.resolve("data"));

        assertThat(s.trustStore()).isEqualTo(site.resolve("conf/mqtt-ca.pem").toAbsolutePath());
        assertThat(s.clientId()).isEqualTo("depot-7");
        assertThat(s.tls()).isTrue();
        assertThat(s.toString()).isEqualTo("ssl://broker.example:8883 as depot-7, user gateway, trusting "
                + s.trustStore() + ", base topic depot/ampgate").doesNotContain("pa55");
    }

    @Test
    void theDefaultClientIdIsMadeOnceForTheSite() {
        String first = ClientIds.stable(site.resolve("data"));

        assertThat(ClientIds.stable(site.resolve("data"))).isEqualTo(first);
        assertThat(ClientIds.stable(site.resolve("other-site"))).isNotEqualTo(first).matches("ampgate-[0-9a-f]{12}");
    }

    @Test
    void reconnectDelaysDoubleUpToTheLongestAndStartAgainAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10));

        assertThat(Stream.generate(backoff::next).limit(6).map(Duration::toSeconds)).containsExactly(1L, 2L, 4L, 8L, 10L, 10L);
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    }

    /** A configuration with the form's defaults, some of them replaced. */
    private static MqttConfig config(Map<String, Object> values) {
        return new MqttConfig() {
            @Override public Class<? extends Annotation> annotationType() { return MqttConfig.class; }
            @Override public String url() { return (String) values.getOrDefault("url", "tcp://127.0.0.1:1883"); }
            @Override public String clientId() { return (String) values.getOrDefault("clientId", ""); }
            @Override public String username() { return (String) values.getOrDefault("username", ""); }
            @Override public String _password() { return (String) values.getOrDefault("password", ""); }
            @Override public String trustStore() { return (String) values.getOrDefault("trustStore", ""); }
            @Override public String _trustStorePassword() { return (String) values.getOrDefault("trustStorePassword", ""); }
            @Override public String baseTopic() { return (String) values.getOrDefault("baseTopic", "ampgate"); }
            @Override public int keepAliveSeconds() { return (Integer) values.getOrDefault("keepAliveSeconds", 30); }
            @Override public int connectTimeoutSeconds() { return (Integer) values.getOrDefault("connectTimeoutSeconds", 10); }
            @Override public int reconnectMaxSeconds() { return (Integer) values.getOrDefault("reconnectMaxSeconds", 60); }
            @Override public int signalLostSeconds() { return (Integer) values.getOrDefault("signalLostSeconds", 60); }
        };
    }
}
