package io.ampgate.ems.internal;

import io.ampgate.ems.EnergyManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code ems:decision}: the last cycle's decision, per zone and per connector, with the reasons. */
@Component(service = EmsCommands.class, property = {
        "osgi.command.scope=ems",
        "osgi.command.function=decision"})
public final class EmsCommands {
    private final EnergyManager manager;

    @Activate
    public EmsCommands(@Reference EnergyManager manager) {
        this.manager = manager;
    }

    public String decision() {
        return manager.lastDecision().map(Decisions::table)
                .orElse("no decision yet (the energy manager is off, or its first cycle has not run)");
    }
}
