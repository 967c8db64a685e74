package io.ampgate.simulator.site;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a connector of a simulated station shows at a moment.
 *
 * @param station the station's id
 * @param accepted whether the central system has accepted the station (and it is connected)
 * @param connector the connector's number
 * @param plug its plug type
 * @param status the OCPP status it last sent; "" before the first
 * @param drawA the current its car draws per phase, A
 * @param phases how many phases the car draws on (0 without a car)
 * @param car the car plugged in
 * @param deliveredWh what the car has received since it plugged in, Wh
 * @param transactionId the transaction running
 */
public record ConnectorView(String station, boolean accepted, int connector, String plug, String status, double drawA,
        int phases, Optional<CarVisit> car, double deliveredWh, OptionalInt transactionId) {

    /** One line for {@code sim:status}. */
    public String line() {
        String what = car.map(c -> String.format(Locale.ROOT, "car %s, %.1f of %.1f kWh, leaves %s",
                c.badge().isEmpty() ? "without badge" : c.badge(), deliveredWh / 1000, c.energyWantedWh() / 1000,
                c.departure())).orElse("no car");
        return String.format(Locale.ROOT, "%-12s %-8s %d %-7s %-13s %5.1f A x%d  %s%s", station,
                accepted ? "online" : "offline", connector, plug, status, drawA, phases, what,
                transactionId.isPresent() ? ", transaction " + transactionId.getAsInt() : "");
    }
}
