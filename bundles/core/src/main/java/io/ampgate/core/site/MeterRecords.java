package io.ampgate.core.site;

import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterInfo;
import io.ampgate.store.site.MeterConfig;
import io.ampgate.store.site.MeterRepository;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Records every meter a plugin runs in the site's database, so that a zone or a connector can name
 * it ({@code zone:set site meter=grid}): meters are configured in {@code conf/} like any plugin, the
 * site model refers to them by id. A meter that stops keeps its record, so what refers to it stays
 * valid (its zone then runs on its fallback limit until the meter reports again).
 */
@Component(immediate = true)
public final class MeterRecords {
    /**
     * The setting where a meter plugin has its device ({@code address = 1@127.0.0.1:502} in every
     * Modbus meter's configuration), a service property of its meter like its other settings.
     */
    static final String ADDRESS = "address";
    private static final Logger LOG = Logger.getLogger(MeterRecords.class.getName());

    private final MeterRepository records;

    @Activate
    public MeterRecords(@Reference MeterRepository records) {
        this.records = records;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMeter(ServiceReference<Meter> ref, Meter meter) {
        String driver = ref.getBundle() == null ? "unknown" : ref.getBundle().getSymbolicName();
        Object address = ref.getProperty(ADDRESS);
        record(meter.info(), driver, address == null ? "" : address.toString());
    }

    void removeMeter(ServiceReference<Meter> ref, Meter meter) {
        // the record stays: zones and connectors may name it
    }

    /** Adds or updates the meter's record; returns whether it changed. */
    boolean record(MeterInfo info, String driver, String address) {
        MeterConfig wanted = new MeterConfig(info.id(), info.name(), driver, address, info.manufacturer(), info.model(),
                info.role());
        try {
            Optional<MeterConfig> stored = records.find(info.id());
            if (stored.isPresent() && stored.get().equals(wanted)) {
                return false;
            }
            records.save(wanted);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "meter " + info.id() + ": could not record it in the site's database", e);
            return false;
        }
    }
}
