package io.ampgate.strategy.greenup;

import static io.ampgate.strategy.greenup.Fixtures.charging;
import static io.ampgate.strategy.greenup.Fixtures.snapshot;
import static io.ampgate.strategy.greenup.Fixtures.waiting;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.ems.ConnectorSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/energy-management-greenup.md, row by row: I_max 100 A, I_chg 90 A,
 * hysteresis 2 %, steps 75/50 % of 32 A, 32 Ah, CP1 priority. Each row is one cycle; the site
 * current is the building's other loads plus what the cars draw under green-up's caps.
 */
class WorkedExampleTest {

    private final GreenUpSettings settings = new GreenUpSettings("", 100, 90, 2, 75, 50, 32,
            Duration.ofSeconds(10), Set.of(), Set.of("CP1"));
    private GreenUpState state = GreenUpState.INITIAL;
    private GreenUpCore.Result last;

    /** One row: time, other loads, what each connector draws (-1: car plugged in, waiting). */
    private String row(long seconds, double others, double cp1, double cp2, double cp3) {
        List<ConnectorSnapshot> cs = new ArrayList<>();
        double site = others;
        String[] names = {"CP1", "CP2", "CP3"};
        double[] amps = {cp1, cp2, cp3};
        for (int i = 0; i < 3; i++) {
            if (amps[i] < 0) {
                cs.add(waiting(names[i]));
            } else if (!Double.isNaN(amps[i])) {
                cs.add(charging(names[i], amps[i]));
                site += amps[i];
            }
        }
        last = GreenUpCore.step(settings, state, snapshot(seconds, site, cs.toArray(ConnectorSnapshot[]::new)));
        state = last.state();
        assertThat(last.amps()).isEqualTo(site);
        return last.colour() + " " + last.action();
    }

    private static long t(int h, int m, int s) {
        return (h - 8) * 3600L + m * 60L + s;
    }

    @Test
    void theWholeDay() {
        double none = Double.NaN;
        assertThat(row(t(8, 0, 0), 30, 32, 32, none)).isEqualTo("YELLOW null");
        assertThat(row(t(8, 10, 0), 30, 32, 32, -1)).isEqualTo("YELLOW reduce CP2/1 to step 1");
        assertThat(row(t(8, 10, 10), 30, 32, 24, -1)).isEqualTo("GREEN admit CP3/1");
        assertThat(row(t(8, 10, 20), 30, 32, 24, 32)).isEqualTo("RED reduce CP3/1, CP2/1, CP1/1 by one step");
        assertThat(row(t(8, 10, 30), 30, 24, 16, 24)).isEqualTo("YELLOW null");
        assertThat(row(t(12, 0, 0), 10, 24, 16, 24)).isEqualTo("GREEN raise CP2/1 to step 1");
        assertThat(row(t(12, 0, 10), 10, 24, 24, 24)).isEqualTo("GREEN raise CP2/1 to full current");
        assertThat(row(t(12, 0, 20), 10, 24, 32, 24)).isEqualTo("GREEN raise CP3/1 to full current");
        assertThat(row(t(12, 0, 30), 10, 24, 32, 32)).isEqualTo("YELLOW null");
        assertThat(row(t(12, 30, 0), 60, 24, 32, 32)).isEqualTo("RED reduce CP2/1, CP3/1, CP1/1 by one step");
        assertThat(row(t(12, 30, 10), 60, 16, 24, 24)).isEqualTo("RED reduce CP2/1, CP3/1 by one step");
        assertThat(row(t(12, 30, 20), 60, 16, 16, 16)).isEqualTo("RED stop CP2/1");
        assertThat(row(t(12, 30, 30), 60, 16, 0, 16)).isEqualTo("YELLOW null");
        assertThat(row(t(13, 0, 0), 20, 16, 0, 16)).isEqualTo("GREEN resume CP2/1 at step 2");
        assertThat(row(t(13, 0, 10), 20, 16, 16, 16)).isEqualTo("GREEN raise CP1/1 to step 1");
    }
}
