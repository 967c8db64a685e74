package io.ampgate.simulator.site;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything a simulated site is made of; {@link #builder()} starts from the defaults.
 *
 * @param zone the site's time zone: the base load, the cars and the grid signal follow its clock
 * @param volts the nominal voltage, phase to neutral
 * @param ocppUri where the stations connect: the base URI their identity is appended to
 * @param ocppPassword the stations' Basic authentication password; "" for none
 * @param meterValuesInterval the stations' MeterValueSampleInterval at start (the central system
 *     may change it)
 * @param carOnRemoteStart whether an accepted remote start on an empty connector brings a car
 * @param seed the seed of the site's noise (meter voltages and frequency)
 * @param siteMeter the site meter's Modbus TCP port and unit id
 * @param pvInverter the PV inverter's
 * @param gridSignal the grid signal's
 * @param gridSignalRegister the holding register of the grid signal level
 */
public record SiteSettings(ZoneId zone, double volts, URI ocppUri, String ocppPassword, Duration meterValuesInterval,
        List<StationSpec> stations, ArrivalPlan arrivals, boolean carOnRemoteStart, BaseLoad baseLoad, PvCurve pv,
        GridSignalSchedule signalSchedule, long seed, Endpoint siteMeter, Endpoint pvInverter, Endpoint gridSignal,
        int gridSignalRegister) {

    /**
     * A Modbus TCP slave on 127.0.0.1.
     *
     * @param port the port; 0 for a free one, -1 for none (the device is not simulated)
     * @param unit its unit id, 1 to 247
     */
    public record Endpoint(int port, int unit) {
        public static final Endpoint OFF = new Endpoint(-1, 1);

        public Endpoint {
            if (port < -1 || port > 65535 || unit < 1 || unit > 247) {
                throw new IllegalArgumentException("a Modbus endpoint has a port from 0 to 65535 (-1: none) and a unit id "
                        + "from 1 to 247, not " + port + " and " + unit);
            }
        }

        public boolean on() {
            return port >= 0;
        }
    }

    public SiteSettings {
        stations = List.copyOf(stations);
        if (volts < 100 || volts > 400 || meterValuesInterval.isNegative() || gridSignalRegister < 0
                || gridSignalRegister > 65535) {
            throw new IllegalArgumentException("voltage 100 to 400 V, a meter values interval of 0 s or more, "
                    + "a grid signal register from 0 to 65535");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults, changed one setting at a time. */
    public static final class Builder {
        private ZoneId zone = ZoneId.systemDefault();
        private double volts = 230;
        private URI ocppUri = URI.create("ws://127.0.0.1:9000/");
        private String ocppPassword = "";
        private Duration meterValuesInterval = Duration.ofSeconds(10);
        private List<StationSpec> stations = StationSpec.parseList("SIM-CP1:2:Type2:3:32, SIM-CP2:1:Type2:1:32");
        private ArrivalPlan arrivals = new ArrivalPlan(1, 3, 0.3, 4_000, 40_000, List.of("SIM0001", "SIM0002"));
        private boolean carOnRemoteStart = true;
        private BaseLoad baseLoad = new BaseLoad(8, 40, 0.15, 0.05, 1);
        private PvCurve pv = new PvCurve(9_000, new Daylight.Sun(48.1, 11.6), new Clouds(0.3, 1));
        private GridSignalSchedule signalSchedule = GridSignalSchedule.ALWAYS_FAVORABLE;
        private long seed = 1;
        private Endpoint siteMeter = new Endpoint(5020, 1);
        private Endpoint pvInverter = new Endpoint(5021, 1);
        private Endpoint gridSignal = new Endpoint(5022, 1);
        private int gridSignalRegister;

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone);
            return this;
        }

        public Builder volts(double volts) {
            this.volts = volts;
            return this;
        }

        public Builder ocpp(URI baseUri, String password) {
            this.ocppUri = Objects.requireNonNull(baseUri);
            this.ocppPassword = Objects.requireNonNull(password);
            return this;
        }

        public Builder meterValuesInterval(Duration interval) {
            this.meterValuesInterval = Objects.requireNonNull(interval);
            return this;
        }

        public Builder stations(List<StationSpec> stations) {
            this.stations = stations;
            return this;
        }

        public Builder arrivals(ArrivalPlan arrivals) {
            this.arrivals = Objects.requireNonNull(arrivals);
            return this;
        }

        public Builder carOnRemoteStart(boolean on) {
            this.carOnRemoteStart = on;
            return this;
        }

        public Builder baseLoad(BaseLoad baseLoad) {
            this.baseLoad = Objects.requireNonNull(baseLoad);
            return this;
        }

        public Builder pv(PvCurve pv) {
            this.pv = Objects.requireNonNull(pv);
            return this;
        }

        public Builder signalSchedule(GridSignalSchedule schedule) {
            this.signalSchedule = Objects.requireNonNull(schedule);
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The Modbus endpoints of the site meter, the PV inverter and the grid signal. */
        public Builder modbus(Endpoint siteMeter, Endpoint pvInverter, Endpoint gridSignal, int gridSignalRegister) {
            this.siteMeter = Objects.requireNonNull(siteMeter);
            this.pvInverter = Objects.requireNonNull(pvInverter);
            this.gridSignal = Objects.requireNonNull(gridSignal);
            this.gridSignalRegister = gridSignalRegister;
            return this;
        }

        public SiteSettings build() {
            return new SiteSettings(zone, volts, ocppUri, ocppPassword, meterValuesInterval, stations, arrivals,
                    carOnRemoteStart, baseLoad, pv, signalSchedule, seed, siteMeter, pvInverter, gridSignal,
                    gridSignalRegister);
        }
    }
}
