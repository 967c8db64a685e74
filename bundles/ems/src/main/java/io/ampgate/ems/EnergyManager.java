package io.ampgate.ems;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The energy manager as the console, the shell and the MQTT bridge see it: the last cycle's
 * decision, and a way to run a cycle at once (after a change an operator made).
 */
@ProviderType
public interface EnergyManager {

    /** @return the last cycle's decision, or empty before the first cycle */
    Optional<Decision> lastDecision();

    /** Runs a cycle as soon as possible, without waiting for the next tick. */
    void runNow();
}
