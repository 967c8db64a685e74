package io.ampgate.ems;

import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.util.OptionalInt;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The grid signal given through the service API (a building-management program, the console, the
 * shell): it is one of the grid-signal sources the energy manager reads, next to Modbus and MQTT.
 */
@ProviderType
public interface GridSignalInput {

    /**
     * Sets the signal.
     *
     * @param level favorable, constrained or lost
     * @param cap for a constrained signal, the cap on the site per phase in A ({@code PhaseValues.none()}: none)
     * @param maxSessions for a constrained signal, the most sessions at once, or empty
     * @param validFor how long it holds unless it is set again ({@code Duration.ZERO}: until changed); a
     *     program that stops refreshing it then leaves the site on the lost-signal fallback
     */
    void set(GridSignalLevel level, PhaseValues cap, OptionalInt maxSessions, Duration validFor);

    /** Withdraws the signal given here. */
    void clear();
}
