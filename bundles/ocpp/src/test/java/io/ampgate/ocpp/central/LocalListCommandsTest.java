package io.ampgate.ocpp.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.ocpp.LocalListResult;
import io.ampgate.ocpp.LocalListResult.Outcome;
import io.ampgate.ocpp.LocalListStatus;
import io.ampgate.ocpp.LocalLists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class LocalListCommandsTest {

    private static final Instant T = Instant.parse("2026-11-22T09:00:00Z");
    private final List<String> assigned = new ArrayList<>();

    private final LocalLists lists = new LocalLists() {
        @Override
        public void use(Collection<String> stationIds, String cardListName) {
            stationIds.forEach(id -> assigned.add(id + "=" + cardListName));
        }

        @Override
        public CompletionStage<LocalListResult> push(String stationId) {
            return CompletableFuture.completedFuture(stationId.equals("CP2")
                    ? new LocalListResult(stationId, Outcome.OFFLINE, 0, "CP2 is not connected")
                    : new LocalListResult(stationId, Outcome.SENT, 4, "sent the default list to CP1 as a differential"));
        }

        @Override
        public CompletionStage<LocalListResult> check(String stationId) {
            return CompletableFuture.completedFuture(new LocalListResult(stationId, Outcome.MISMATCH, 0,
                    stationId + " holds version 0 instead of 4; the list will be sent again in full"));
        }

        @Override
        public CompletionStage<LocalListResult> reset(String stationId) {
            return push(stationId);
        }

        @Override
        public LocalListStatus status(String stationId) {
            return new LocalListStatus(stationId, true, "Staff", 3, 4, T, 2, T, false, 0, "");
        }

        @Override
        public List<LocalListStatus> statuses() {
            return List.of(status("CP1"));
        }
    };

    private final LocalListCommands commands = new LocalListCommands(lists);

    @Test
    void eachCommandPrintsOneLinePerStation() throws Exception {
        assertThat(commands.list("use", "CP1,CP3", "Staff")).startsWith("CP1, CP3: list Staff");
        assertThat(assigned).containsExactly("CP1=Staff", "CP3=Staff");
        assertThat(commands.list("push", "CP1")).isEqualTo("SENT: sent the default list to CP1 as a differential");
        assertThat(commands.list("check", "CP1"))
                .isEqualTo("MISMATCH: CP1 holds version 0 instead of 4; the list will be sent again in full");
        assertThat(commands.list("status", "CP1")).isEqualTo("CP1: list Staff v3, sent 4 at 2026-11-22T09:00:00Z,"
                + " reported 2 at 2026-11-22T09:00:00Z, MISMATCH, 0 pending");
        assertThat(commands.lists()).contains("STATION").contains("MISMATCH");
    }

    @Test
    void aFailureOrAWrongActionThrows() {
        assertThatThrownBy(() -> commands.list("push", "CP1,CP2")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OFFLINE: CP2 is not connected");
        assertThatThrownBy(() -> commands.list("shove", "CP1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("usage: ocpp:list");
    }
}
