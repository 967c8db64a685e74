package io.ampgate.api.event;

import io.ampgate.api.ems.Strategy;
import io.ampgate.api.meter.Meter;
import io.ampgate.api.signal.SignalSource;
import io.ampgate.api.station.ChargingStation;
import java.util.Objects;

/**
 * Event Admin topics and event property keys.
 *
 * <p>Every event carries {@link #PROP_TIMESTAMP}. Ids are plain {@code String}s and numbers plain
 * boxed numbers so that handlers can filter on them ({@code event.filter}); payloads are the API's
 * immutable records. Events are posted asynchronously ({@code postEvent}); a handler must not
 * block.
 *
 * <p>Subscribing to a family of topics: {@code event.topics=io/ampgate/station/*}, i.e.
 * {@code wildcard(STATION)}, or {@link #ALL} for everything.
 */
public final class Topics {

    private Topics() {}

    // ---- topic prefixes ----

    /** The root of every Ampgate topic. */
    public static final String ROOT = "io/ampgate";

    /** Prefix of the meter topics. */
    public static final String METER = ROOT + "/meter";

    /** Prefix of the charging-station topics. */
    public static final String STATION = ROOT + "/station";

    /** Prefix of the charging-session topics. */
    public static final String SESSION = ROOT + "/session";

    /** Prefix of the energy-manager topics. */
    public static final String EMS = ROOT + "/ems";

    /** Prefix of the external-signal topics. */
    public static final String SIGNAL = ROOT + "/signal";

    /** Prefix of the plugin life-cycle topics. */
    public static final String PLUGIN = ROOT + "/plugin";

    /** Prefix of the operator-alert topics. */
    public static final String ALERT = ROOT + "/alert";

    /** Prefix of the site model's events. */
    public static final String SITE = ROOT + "/site";

    /** Every Ampgate topic: {@code io/ampgate/*}. */
    public static final String ALL = ROOT + "/*";

    // ---- topics ----

    /**
     * A meter produced a new reading. Posted by meter drivers. Properties: {@link #PROP_METER_ID},
     * {@link #PROP_METER_ROLE}, {@link #PROP_READING}, {@link #PROP_TIMESTAMP} (the reading's
     * timestamp).
     */
    public static final String METER_READING = METER + "/READING";

    /**
     * A meter's communication health changed. Posted by meter drivers. Properties:
     * {@link #PROP_METER_ID}, {@link #PROP_HEALTH}, {@link #PROP_TIMESTAMP}.
     */
    public static final String METER_HEALTH = METER + "/HEALTH";

    /**
     * A connector's status or measurements changed. Posted by station drivers. Properties:
     * {@link #PROP_STATION_ID}, {@link #PROP_CONNECTOR}, {@link #PROP_STATUS}, {@link #PROP_STATE},
     * {@link #PROP_TIMESTAMP}.
     */
    public static final String STATION_STATUS = STATION + "/STATUS";

    /**
     * A station became reachable (OCPP connection opened, Modbus device answers). Posted by station
     * drivers. Properties: {@link #PROP_STATION_ID}, {@link #PROP_TIMESTAMP}.
     */
    public static final String STATION_CONNECTED = STATION + "/CONNECTED";

    /**
     * A station became unreachable; its connectors are {@code OFFLINE}. Posted by station drivers.
     * Properties: {@link #PROP_STATION_ID}, {@link #PROP_REASON} (optional), {@link #PROP_TIMESTAMP}.
     */
    public static final String STATION_DISCONNECTED = STATION + "/DISCONNECTED";

    /**
     * A charging session started. Posted by the core. Properties: {@link #PROP_SESSION_ID},
     * {@link #PROP_STATION_ID}, {@link #PROP_CONNECTOR}, {@link #PROP_ID_TAG} (absent for free
     * charging), {@link #PROP_TIMESTAMP}.
     */
    public static final String SESSION_STARTED = SESSION + "/STARTED";

    /**
     * A charging session ended. Posted by the core. Properties: {@link #PROP_SESSION_ID},
     * {@link #PROP_STATION_ID}, {@link #PROP_CONNECTOR}, {@link #PROP_ID_TAG} (absent for free
     * charging), {@link #PROP_ENERGY_WH} (the session's energy), {@link #PROP_REASON} (the stop
     * reason), {@link #PROP_TIMESTAMP}.
     */
    public static final String SESSION_STOPPED = SESSION + "/STOPPED";

    /**
     * The EMS changed a connector's setpoint. Posted by the EMS, once per changed setpoint.
     * Properties: {@link #PROP_STATION_ID}, {@link #PROP_CONNECTOR}, {@link #PROP_ZONE_ID},
     * {@link #PROP_SETPOINT}, {@link #PROP_REASON} (the binding constraint, with its strategy),
     * {@link #PROP_STRATEGY_ID} (absent when the connector's own or zone's limit binds),
     * {@link #PROP_TIMESTAMP}.
     */
    public static final String EMS_DECISION = EMS + "/DECISION";

    /**
     * A grid signal arrived or changed. Posted by signal sources. Properties: {@link #PROP_SIGNAL_ID},
     * {@link #PROP_SIGNAL}, {@link #PROP_LEVEL}, {@link #PROP_TIMESTAMP}.
     */
    public static final String SIGNAL_GRID = SIGNAL + "/GRID";

    /**
     * The site model changed: a zone, a station's zone or registration, a connector's description. Posted
     * by whatever changed it, so that the energy manager sees the change at once. Properties:
     * {@link #PROP_TIMESTAMP}.
     */
    public static final String SITE_CHANGED = SITE + "/CHANGED";

    /**
     * A plugin was enabled (its bundle started). Posted by the core. Properties:
     * {@link #PROP_PLUGIN_ID}, {@link #PROP_PLUGIN_VERSION}, {@link #PROP_TIMESTAMP}.
     */
    public static final String PLUGIN_ENABLED = PLUGIN + "/ENABLED";

    /**
     * A plugin was disabled (its bundle stopped or was removed). Posted by the core. Properties:
     * {@link #PROP_PLUGIN_ID}, {@link #PROP_PLUGIN_VERSION}, {@link #PROP_TIMESTAMP}.
     */
    public static final String PLUGIN_DISABLED = PLUGIN + "/DISABLED";

    /**
     * A condition the operator must see began, e.g. a zone switched to its fallback limit because
     * its meter went silent. Posted by the core and the EMS. Properties: {@link #PROP_ALERT_ID},
     * {@link #PROP_MESSAGE}, {@link #PROP_TIMESTAMP}, and whichever of {@link #PROP_ZONE_ID},
     * {@link #PROP_METER_ID}, {@link #PROP_STATION_ID}, {@link #PROP_SIGNAL_ID} it concerns.
     */
    public static final String ALERT_RAISED = ALERT + "/RAISED";

    /**
     * An alert's condition ended. Properties: {@link #PROP_ALERT_ID}, {@link #PROP_MESSAGE},
     * {@link #PROP_TIMESTAMP}.
     */
    public static final String ALERT_CLEARED = ALERT + "/CLEARED";

    // ---- property keys ----

    /**
     * When the event happened, as milliseconds since the epoch ({@code Long}); the same key as Event
     * Admin's {@code EventConstants.TIMESTAMP}.
     */
    public static final String PROP_TIMESTAMP = "timestamp";

    /** The meter id ({@code String}), as the {@link Meter#PROP_ID} service property. */
    public static final String PROP_METER_ID = Meter.PROP_ID;

    /** The meter role, a {@code MeterRole} name ({@code String}). */
    public static final String PROP_METER_ROLE = Meter.PROP_ROLE;

    /** A meter reading ({@code io.ampgate.api.meter.MeterReading}). */
    public static final String PROP_READING = "ampgate.reading";

    /** A device's health ({@code io.ampgate.api.device.DeviceHealth}). */
    public static final String PROP_HEALTH = "ampgate.health";

    /** The station id ({@code String}), as the {@link ChargingStation#PROP_ID} service property. */
    public static final String PROP_STATION_ID = ChargingStation.PROP_ID;

    /** The connector number ({@code Integer}, {@code >= 1}). */
    public static final String PROP_CONNECTOR = "ampgate.connector";

    /** The connector status, a {@code ConnectorStatus} name ({@code String}), for filtering. */
    public static final String PROP_STATUS = "ampgate.status";

    /** The connector state ({@code io.ampgate.api.station.ConnectorState}). */
    public static final String PROP_STATE = "ampgate.state";

    /** The session id ({@code String}). */
    public static final String PROP_SESSION_ID = "ampgate.session.id";

    /** The badge (RFID tag or virtual tag) of a session ({@code String}). */
    public static final String PROP_ID_TAG = "ampgate.idtag";

    /** An energy in Wh ({@code Double}). */
    public static final String PROP_ENERGY_WH = "ampgate.energy.wh";

    /** A reason for the operator ({@code String}). */
    public static final String PROP_REASON = "ampgate.reason";

    /** A setpoint ({@code io.ampgate.api.station.Setpoint}). */
    public static final String PROP_SETPOINT = "ampgate.setpoint";

    /** The zone id ({@code String}). */
    public static final String PROP_ZONE_ID = "ampgate.zone.id";

    /** The strategy id ({@code String}), as the {@link Strategy#PROP_ID} service property. */
    public static final String PROP_STRATEGY_ID = Strategy.PROP_ID;

    /** The signal source id ({@code String}), as the {@link SignalSource#PROP_ID} service property. */
    public static final String PROP_SIGNAL_ID = SignalSource.PROP_ID;

    /** A grid signal ({@code io.ampgate.api.signal.GridSignal}). */
    public static final String PROP_SIGNAL = "ampgate.signal";

    /** The grid signal level, a {@code GridSignalLevel} name ({@code String}), for filtering. */
    public static final String PROP_LEVEL = "ampgate.signal.level";

    /** The plugin id: its bundle symbolic name ({@code String}). */
    public static final String PROP_PLUGIN_ID = "ampgate.plugin.id";

    /** The plugin version: its bundle version ({@code String}). */
    public static final String PROP_PLUGIN_VERSION = "ampgate.plugin.version";

    /** The alert id, stable for the life of the condition ({@code String}). */
    public static final String PROP_ALERT_ID = "ampgate.alert.id";

    /** A message for the operator ({@code String}). */
    public static final String PROP_MESSAGE = "ampgate.message";

    /**
     * The wildcard topic for every topic under a prefix, for {@code event.topics}.
     *
     * @param prefix a prefix such as {@link #STATION}, with or without a trailing {@code /}
     * @return e.g. {@code io/ampgate/station/*}
     * @throws IllegalArgumentException if {@code prefix} is not under {@link #ROOT} or already ends
     *     with a wildcard
     */
    public static String wildcard(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (!(p.equals(ROOT) || p.startsWith(ROOT + "/")) || p.endsWith("*")) {
            throw new IllegalArgumentException("not an Ampgate topic prefix: " + prefix);
        }
        return p + "/*";
    }
}
