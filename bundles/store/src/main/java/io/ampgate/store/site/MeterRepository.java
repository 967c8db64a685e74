package io.ampgate.store.site;

import io.ampgate.api.meter.MeterRole;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The meters of the site. */
@ProviderType
public interface MeterRepository {

    /**
     * Adds a meter or replaces the stored one with the same id.
     *
     * @param meter the meter
     * @return the meter as stored
     */
    MeterConfig save(MeterConfig meter);

    /**
     * One meter.
     *
     * @param id the meter id
     * @return the meter, or empty if there is none with that id
     */
    Optional<MeterConfig> find(String id);

    /**
     * Every meter, by id.
     *
     * @return the meters
     */
    List<MeterConfig> list();

    /**
     * The meters with one role, by id.
     *
     * @param role the role
     * @return the meters
     */
    List<MeterConfig> listByRole(MeterRole role);

    /**
     * Removes a meter.
     *
     * @param id the meter
     * @return {@code false} if there was no such meter
     * @throws IllegalArgumentException if a zone or a connector still uses it
     */
    boolean delete(String id);
}
