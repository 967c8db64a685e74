package io.ampgate.simulator.site.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings form of the simulated site (PID {@value SiteComponent#PID}). */
@ObjectClassDefinition(name = "Simulated site",
        description = "Simulated charging stations, cars, site meter, PV inverter and grid signal on 127.0.0.1, "
                + "for the demo and for tests. Never on a real site.")
public @interface SiteConfig {

    @AttributeDefinition(name = "Seed", description = "Cars, base load noise and clouds follow from it: "
            + "the same seed gives the same day.")
    long seed() default 1;

    @AttributeDefinition(name = "Time zone", required = false,
            description = "The site's time zone (e.g. Europe/Paris); empty for the gateway's.")
    String timeZone() default "";

    @AttributeDefinition(name = "Nominal voltage (V)", min = "100", max = "400")
    double voltage() default 230;

    // ---- stations

    @AttributeDefinition(name = "OCPP port", min = "1", max = "65535",
            description = "The gateway's OCPP server port on 127.0.0.1 (ws://127.0.0.1:PORT/<station id>).")
    int ocppPort() default 9000;

    @AttributeDefinition(name = "OCPP password", type = AttributeType.PASSWORD, required = false,
            description = "Basic authentication password of every station (security profile 1); empty for none.")
    String ocppPassword() default "";

    @AttributeDefinition(name = "Stations", description = "Separated by commas, each "
            + "id:connectors:plug:phases:maxA[:vendor[:model[:rotation]]], e.g. "
            + "CP1:2:Type2:3:32, CP2:1:Schuko:1:16:Acme:Wallbox S:L2L3L1. A plug per connector: Type2/Schuko.")
    String stations() default "SIM-CP1:2:Type2:3:32, SIM-CP2:1:Type2:1:32";

    @AttributeDefinition(name = "Meter values interval (s)", min = "0",
            description = "MeterValueSampleInterval of the stations at start; 0 for none.")
    int meterValuesSeconds() default 10;

    // ---- cars

    @AttributeDefinition(name = "Visits per connector and day", min = "0", max = "20")
    double visitsPerDay() default 3;

    @AttributeDefinition(name = "Single-phase share", min = "0", max = "1",
            description = "The share of cars that charge on one phase.")
    double singlePhaseShare() default 0.3;

    @AttributeDefinition(name = "Least energy wanted (kWh)", min = "0.1")
    double minEnergyKWh() default 4;

    @AttributeDefinition(name = "Most energy wanted (kWh)", min = "0.1")
    double maxEnergyKWh() default 40;

    @AttributeDefinition(name = "Badges", required = false,
            description = "The badges drivers show, separated by commas; empty: cars wait for a remote start.")
    String badges() default "SIM0001, SIM0002, SIM0003, SIM0004";

    @AttributeDefinition(name = "A remote start brings a car",
            description = "An accepted RemoteStartTransaction on an empty connector plugs a car in at once.")
    boolean carOnRemoteStart() default true;

    // ---- site meter and base load

    @AttributeDefinition(name = "Site meter port", min = "-1", max = "65535",
            description = "Modbus TCP port of the SDM630 site meter on 127.0.0.1; 0 for a free one, -1 for none.")
    int siteMeterPort() default 5020;

    @AttributeDefinition(name = "Site meter unit id", min = "1", max = "247")
    int siteMeterUnit() default 1;

    @AttributeDefinition(name = "Base load at night (A)", min = "0",
            description = "The building's consumption on L1 at night, A.")
    double baseLoadNightA() default 8;

    @AttributeDefinition(name = "Base load by day (A)", min = "0",
            description = "The building's consumption on L1 on a weekday, 09:00-17:00, A.")
    double baseLoadDayA() default 40;

    @AttributeDefinition(name = "Base load imbalance (%)", min = "0", max = "100",
            description = "How much less L2 carries than L1 (L3: half as much less).")
    double baseLoadImbalancePercent() default 15;

    @AttributeDefinition(name = "Base load noise (%)", min = "0", max = "100")
    double baseLoadNoisePercent() default 5;

    // ---- PV

    @AttributeDefinition(name = "PV inverter port", min = "-1", max = "65535",
            description = "Modbus TCP port of the SunSpec inverter on 127.0.0.1; 0 for a free one, -1 for none.")
    int pvPort() default 5021;

    @AttributeDefinition(name = "PV inverter unit id", min = "1", max = "247")
    int pvUnit() default 1;

    @AttributeDefinition(name = "PV peak power (kWp)", min = "0")
    double pvPeakKw() default 9;

    @AttributeDefinition(name = "Latitude", min = "-90", max = "90",
            description = "Where the sun is computed for, degrees north.")
    double latitude() default 48.1;

    @AttributeDefinition(name = "Longitude", min = "-180", max = "180", description = "Degrees east.")
    double longitude() default 11.6;

    @AttributeDefinition(name = "Daylight hours", required = false,
            description = "e.g. 07:00-19:00: a plain half sine between these local times instead of the sun's "
                    + "course at the latitude and longitude; empty for the sun's course.")
    String pvHours() default "";

    @AttributeDefinition(name = "Cloudiness", min = "0", max = "1",
            description = "0 a clear sky; more, more passing clouds; 1 overcast.")
    double cloudiness() default 0.3;

    // ---- grid signal

    @AttributeDefinition(name = "Grid signal port", min = "-1", max = "65535",
            description = "Modbus TCP port of the grid signal on 127.0.0.1; 0 for a free one, -1 for none.")
    int gridSignalPort() default 5022;

    @AttributeDefinition(name = "Grid signal unit id", min = "1", max = "247")
    int gridSignalUnit() default 1;

    @AttributeDefinition(name = "Grid signal register", min = "0", max = "65535",
            description = "The holding register of the level: 0 favorable, 1 constrained, 2 lost.")
    int gridSignalRegister() default 0;

    @AttributeDefinition(name = "Grid signal schedule", required = false,
            description = "Daily changes, e.g. 17:00=constrained, 19:00=favorable; empty: always favorable.")
    String gridSignalSchedule() default "";
}
