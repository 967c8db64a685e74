package io.ampgate.ems.bench;

import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import io.ampgate.ems.allocator.Allocation;
import io.ampgate.ems.allocator.Allocator;
import io.ampgate.ems.allocator.ConnectorId;
import io.ampgate.ems.allocator.Demand;
import io.ampgate.ems.allocator.ZoneNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one allocation takes for 2,000 connectors in a 3-level tree of 50 zones (a root, 7
 * sub-boards, 42 station groups): a third single-phase cars on rotated stations, 10 % VIP, 20 %
 * weighted, 2 % unmanageable, charging and waiting times spread over an hour. {@code SHORT}: caps
 * so tight that about half the connectors wait; {@code AMPLE}: every minimum fits and the
 * connectors share above it. SampleTime mode, for the percentiles. Run it with {@code ./mvnw -B -pl bundles/ems -am
 * -Pbench process-test-classes} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocatorBench {

    @Param({"SHORT", "AMPLE"})
    public String caps;

    private List<ZoneNode> zones;
    private List<Demand> demands;

    @Setup(Level.Trial)
    public void site() {
        boolean ample = caps.equals("AMPLE");
        Random random = new Random(42);
        zones = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        zones.add(ZoneNode.of("site", null, PhaseValues.all(ample ? 20_000 : 5_000)));
        for (int b = 0; b < 7; b++) {
            String board = "board" + b;
            zones.add(ZoneNode.of(board, "site", PhaseValues.all(ample ? 4_000 : 800)));
            for (int g = 0; g < 6; g++) {
                String group = board + ".group" + g;
                zones.add(ZoneNode.of(group, board, PhaseValues.all(ample ? 500 : 150)));
                leaves.add(group);
            }
        }
        Instant t0 = Instant.parse("2026-11-22T08:00:00Z");
        PhaseRotation[] rotations = {PhaseRotation.L1_L2_L3, PhaseRotation.L2_L3_L1, PhaseRotation.L3_L1_L2};
        demands = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Set<Phase> phases = Demand.sitePhases(Wiring.THREE_PHASE, rotations[(i / 3) % 3], i % 3 == 0 ? 1 : 3);
            Demand d = Demand.of(new ConnectorId("CS" + (i / 2), 1 + i % 2), leaves.get(i % leaves.size()), phases,
                    6, random.nextBoolean() ? 32 : 16);
            if (random.nextInt(10) == 0) {
                d = d.withPriority(1);
            }
            if (random.nextInt(5) == 0) {
                d = d.withWeight(2);
            }
            Instant when = t0.plusSeconds(random.nextInt(3_600));
            d = random.nextInt(3) == 0 ? d.waitingSince(when) : d.chargingSince(when);
            if (random.nextInt(50) == 0) {
                d = d.unmanageable();
            }
            demands.add(d);
        }
    }

    @Benchmark
    public Allocation allocate() {
        return Allocator.allocate(zones, demands);
    }
}
