package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalPlanTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    private final ArrivalPlan plan = new ArrivalPlan(42, 3, 0.3, 4_000, 40_000, List.of("A", "B", "C"));

    @Test
    void theSameSeedGivesTheSameDayAndAnotherSeedAnother() {
        assertThat(plan.visits(0, 1, DAY, ZONE)).isEqualTo(
                new ArrivalPlan(42, 3, 0.3, 4_000, 40_000, List.of("A", "B", "C")).visits(0, 1, DAY, ZONE));
        boolean differs = false;
        for (int d = 0; d < 10; d++) {
            differs |= !plan.visits(0, 1, DAY.plusDays(d), ZONE)
                    .equals(new ArrivalPlan(43, 3, 0.3, 4_000, 40_000, List.of("A", "B", "C"))
                            .visits(0, 1, DAY.plusDays(d), ZONE));
        }
        assertThat(differs).isTrue();
    }

    @Test
    void visitsFollowEachOtherWithinTheDayAndTheirRanges() {
        int visits = 0;
        int singlePhase = 0;
        for (int d = 0; d < 200; d++) {
            LocalDate day = DAY.plusDays(d);
            List<CarVisit> list = plan.visits(d % 5, 1 + d % 2, day, ZONE);
            for (int i = 0; i < list.size(); i++) {
                CarVisit v = list.get(i);
                LocalTime arrival = v.arrival().atZone(ZONE).toLocalTime();
                assertThat(arrival).isBetween(LocalTime.of(7, 0), LocalTime.of(20, 30));
                assertThat(v.departure()).isAfter(v.arrival())
                        .isBeforeOrEqualTo(day.atTime(23, 45).atZone(ZONE).toInstant());
                assertThat(Duration.between(v.arrival(), v.departure())).isLessThanOrEqualTo(Duration.ofHours(9));
                assertThat(v.energyWantedWh()).isBetween(4_000.0, 40_000.0);
                assertThat(v.maxCurrentA()).isIn(16.0, 32.0);
                assertThat(v.badge()).isIn("A", "B", "C");
                if (i > 0) {
                    assertThat(v.arrival()).isAfterOrEqualTo(list.get(i - 1).departure().plus(Duration.ofMinutes(5)));
                }
                visits++;
                singlePhase += v.phases() == 1 ? 1 : 0;
            }
        }
        // 3 candidates a day; some find the connector taken
        assertThat(visits / 200.0).isBetween(1.5, 3.0);
        assertThat((double) singlePhase / visits).isBetween(0.2, 0.4);
    }

    @Test
    void visitAtIsTheVisitCoveringTheTime() {
        CarVisit first = plan.visits(0, 1, DAY, ZONE).getFirst();

        assertThat(plan.visitAt(0, 1, first.arrival(), ZONE)).contains(first);
        assertThat(plan.visitAt(0, 1, first.departure().minusSeconds(1), ZONE)).contains(first);
        assertThat(plan.visitAt(0, 1, first.arrival().minusSeconds(1), ZONE)).isNotEqualTo(java.util.Optional.of(first));
        assertThat(plan.visitAt(0, 1, DAY.atTime(3, 0).atZone(ZONE).toInstant(), ZONE)).isEmpty();
    }

    @Test
    void noVisitsNoBadges() {
        assertThat(new ArrivalPlan(1, 0, 0.3, 4_000, 40_000, List.of()).visits(0, 1, DAY, ZONE)).isEmpty();
        assertThat(new ArrivalPlan(1, 10, 0.3, 4_000, 40_000, List.of()).visits(0, 1, DAY, ZONE))
                .isNotEmpty().allSatisfy(v -> assertThat(v.badge()).isEmpty());
        assertThatThrownBy(() -> new ArrivalPlan(1, 3, 0.3, 40_000, 4_000, List.of())).hasMessageContaining("energy");
    }
}
