package io.ampgate.api.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceHealthTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void factories() {
        assertThat(DeviceHealth.online(T)).isEqualTo(new DeviceHealth(DeviceHealth.State.ONLINE, null, T));
        assertThat(DeviceHealth.online(T).isOnline()).isTrue();
        assertThat(DeviceHealth.starting(T).state()).isEqualTo(DeviceHealth.State.STARTING);
        assertThat(DeviceHealth.disabled(T).isOnline()).isFalse();
        DeviceHealth error = DeviceHealth.commError("Modbus timeout", T);
        assertThat(error.state()).isEqualTo(DeviceHealth.State.COMM_ERROR);
        assertThat(error.lastError()).isEqualTo("Modbus timeout");
        assertThat(error.since()).isEqualTo(T);
        assertThat(error.isOnline()).isFalse();
    }

    @Test
    void commErrorNeedsAMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceHealth.commError(null, T));
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceHealth.commError("  ", T));
    }

    @Test
    void onlineMayKeepThePreviousError() {
        DeviceHealth h = new DeviceHealth(DeviceHealth.State.ONLINE, "Modbus timeout", T);
        assertThat(h.lastError()).isEqualTo("Modbus timeout");
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> DeviceHealth.online(null));
        assertThatNullPointerException().isThrownBy(() -> new DeviceHealth(null, null, T));
    }
}
