package io.ampgate.api.meter;

/** What a meter measures on the site, which decides how the energy manager uses its readings. */
public enum MeterRole {
    /** The site's grid connection point: every load and every generator of the site. */
    SITE,
    /** A zone (sub-distribution board, station group): all loads behind its protective device. */
    ZONE,
    /** Local generation, usually a PV inverter's output; production is negative power (export). */
    PV,
    /** A charging station's or connector's own meter, when the station does not report its power. */
    STATION
}
