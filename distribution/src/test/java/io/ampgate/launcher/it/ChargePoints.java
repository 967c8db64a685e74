package io.ampgate.launcher.it;

import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.net.URI;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/** Simulated OCPP stations joining a test site's gateway the way an installer adds real ones. */
final class ChargePoints {

    private ChargePoints() {
    }

    /**
     * Connects a station, registers it, places it in {@code zone} and describes its connector 1
     * ({@code connector}: the max current and options of {@code zone:connector}), then boots it
     * again so that it is accepted.
     */
    static ChargePointSimulator join(Site site, String id, String zone, String connector) throws Exception {
        ChargePointSimulator cp = ChargePointSimulator.builder(id,
                URI.create("ws://127.0.0.1:" + site.ocppPort + "/ocpp/")).build().connect();
        cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS);
        site.command("ocpp:register " + id);
        site.command("zone:station " + id + " " + zone);
        site.command("zone:connector " + id + " 1 " + connector);
        cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS);
        return cp;
    }

    /** The limit of the charging profile the station got last on connector 1, or -1 before any. */
    static double limit(ChargePointSimulator cp) {
        OptionalDouble l = cp.state().lastLimit(1);
        return l.isPresent() ? l.getAsDouble() : -1;
    }
}
