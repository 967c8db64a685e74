package io.ampgate.ocpp.central;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.auth.AuthorizationStatus;
import io.ampgate.ocpp.central.LocalListPlan.Batch;
import io.ampgate.ocpp.message.UpdateType;
import io.ampgate.store.site.LocalListEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalListPlanTest {

    private static LocalListEntry accepted(String idTag) {
        return new LocalListEntry(idTag, AuthorizationStatus.ACCEPTED, null, null);
    }

    private static final LocalListEntry A = accepted("A");
    private static final LocalListEntry B = accepted("B");
    private static final LocalListEntry C = accepted("C");
    private static final LocalListEntry D = accepted("D");
    private static final LocalListEntry B_BLOCKED = new LocalListEntry("B", AuthorizationStatus.BLOCKED, null, null);

    @Test
    void changesAreWhatIsNewChangedOrGone() {
        LocalListPlan.Changes changes = LocalListPlan.changes(List.of(A, B, C),
                List.of(A, B_BLOCKED, new LocalListEntry("D", AuthorizationStatus.ACCEPTED, Instant.EPOCH, "P")));

        assertThat(changes.upserted()).extracting(LocalListEntry::idTag).containsExactly("B", "D");
        assertThat(changes.removed()).containsExactly("C");
    }

    @Test
    void aStationHoldingTheListIsSentNothing() {
        assertThat(LocalListPlan.batches(true, List.of(A, B), List.of(B, A), 10)).isEmpty();
    }

    @Test
    void aSmallChangeOfAKnownVersionGoesOutAsADifferential() {
        List<Batch> batches = LocalListPlan.batches(true, List.of(A, B, C), List.of(A, B_BLOCKED, C), 10);

        assertThat(batches).containsExactly(new Batch(UpdateType.DIFFERENTIAL, List.of(B_BLOCKED), List.of()));
    }

    @Test
    void removalsGoOutAsDifferentialsWithoutIdTagInfo() {
        List<Batch> batches = LocalListPlan.batches(true, List.of(A, B, C), List.of(A, B), 10);

        assertThat(batches).containsExactly(new Batch(UpdateType.DIFFERENTIAL, List.of(), List.of("C")));
    }

    @Test
    void aChangeAsLargeAsTheListOrAnUnknownVersionGoesOutInFull() {
        assertThat(LocalListPlan.batches(true, List.of(A, B), List.of(C), 10))
                .containsExactly(new Batch(UpdateType.FULL, List.of(C), List.of()));
        assertThat(LocalListPlan.batches(false, List.of(), List.of(B, A), 10))
                .containsExactly(new Batch(UpdateType.FULL, List.of(A, B), List.of()));
        assertThat(LocalListPlan.batches(false, List.of(), List.of(), 10))
                .as("an empty list clears whatever the station holds")
                .containsExactly(new Batch(UpdateType.FULL, List.of(), List.of()));
    }

    @Test
    void aLongListIsAFullWithTheFirstPartThenDifferentials() {
        List<Batch> batches = LocalListPlan.batches(false, List.of(), List.of(D, C, B, A), 3);

        assertThat(batches).containsExactly(new Batch(UpdateType.FULL, List.of(A, B, C), List.of()),
                new Batch(UpdateType.DIFFERENTIAL, List.of(D), List.of()));
    }

    @Test
    void aLongDifferentialIsSplitToo() {
        List<Batch> batches = LocalListPlan.batches(true, List.of(A, B, C, D, accepted("E")),
                List.of(A, B_BLOCKED, C, D, accepted("F")), 1);

        assertThat(batches).extracting(Batch::type).containsOnly(UpdateType.DIFFERENTIAL);
        assertThat(batches).extracting(Batch::size).containsOnly(1);
        assertThat(batches).hasSize(3); // B changed, F new, E gone
    }
}
