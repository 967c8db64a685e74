package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.MeteringSettingsTest.config;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key and trust store passwords under their dot keys, and under their names from before. */
class SettingsSecretsTest {

    @Test
    void aPasswordUnderItsOldNameIsStillUsed() {
        Settings settings = Settings.of(config(Map.of()), "target/data",
                Map.of("keystorePassword", "old-key", "truststorePassword", "old-trust"));

        assertThat(settings.keystorePassword()).isEqualTo("old-key");
        assertThat(settings.truststorePassword()).isEqualTo("old-trust");
    }

    @Test
    void theDotKeyWinsOverTheOldName() {
        Settings settings = Settings.of(config(Map.of("_keystorePassword", "new-key")), "target/data",
                Map.of("keystorePassword", "old-key"));

        assertThat(settings.keystorePassword()).isEqualTo("new-key");
        assertThat(settings.truststorePassword()).isEmpty();
    }
}
