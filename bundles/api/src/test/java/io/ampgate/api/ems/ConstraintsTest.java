package io.ampgate.api.ems;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    /** Records calls the way a test double of the EMS would. */
    private static final class Recorder implements Constraints {
        final List<String> calls = new ArrayList<>();

        @Override
        public void capZone(String zoneId, PhaseValues cap, String reason) {
            calls.add("cap " + zoneId + " " + cap + " " + reason);
        }

        @Override
        public void boundConnector(String stationId, int connector, double minA, double maxA, String reason) {
            calls.add("bound " + stationId + "/" + connector + " " + minA + ".." + maxA + " " + reason);
        }

        @Override
        public void weight(String stationId, int connector, double weight, String reason) {
            calls.add("weight");
        }

        @Override
        public void denyAdmission(String stationId, int connector, String reason) {
            calls.add("deny");
        }

        @Override
        public void limitSessions(String zoneId, int max, String reason) {
            calls.add("limit");
        }
    }

    @Test
    void capConnectorIsABoundWithoutMinimum() {
        Recorder r = new Recorder();
        r.capConnector("CP1", 2, 10, "pv surplus");
        assertThat(r.calls).containsExactly("bound CP1/2 0.0..10.0 pv surplus");
    }

    @Test
    void aStrategyOnlyWritesConstraints() {
        Strategy halfSite = new Strategy() {
            @Override
            public String id() {
                return "half";
            }

            @Override
            public void shape(EmsSnapshot snapshot, Constraints constraints) {
                snapshot.root().ifPresent(
                        z -> constraints.capZone(z.id(), z.staticLimit().scale(0.5), "half of the site"));
            }
        };
        Recorder r = new Recorder();
        Zone site = new Zone("site", null, "S", ZoneKind.SITE, PhaseValues.all(60), null, PhaseValues.all(30));
        halfSite.shape(
                new EmsSnapshot(Instant.EPOCH, List.of(site), Map.of(), List.of(), Optional.empty(), Map.of()), r);
        assertThat(r.calls).containsExactly("cap site " + PhaseValues.all(30) + " half of the site");
    }
}
