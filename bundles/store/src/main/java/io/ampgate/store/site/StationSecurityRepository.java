package io.ampgate.store.site;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The OCPP security settings of the stations, one per station; removed with their station. */
@ProviderType
public interface StationSecurityRepository {

    /**
     * The security settings of one station.
     *
     * @param stationId the station (OCPP identity)
     * @return its settings, or empty if none were saved (or there is no such station)
     */
    Optional<StationSecurity> find(String stationId);

    /**
     * Sets a station's security settings, replacing those stored.
     *
     * @param security the settings
     * @return the settings as stored
     * @throws IllegalArgumentException if the station does not exist
     */
    StationSecurity save(StationSecurity security);
}
