package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.CentralFixture.WAIT;
import static io.ampgate.ocpp.central.CentralFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ampgate.ocpp.LocalListResult;
import io.ampgate.ocpp.LocalListResult.Outcome;
import io.ampgate.ocpp.LocalListStatus;
import io.ampgate.ocpp.LocalLists;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.ReceivedCall;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local lists end to end: the central system, real Derby, simulated stations over ws on 127.0.0.1. */
class LocalListsTest {

    private CentralFixture central;
    private LocalLists lists;

    @BeforeEach
    void start() throws Exception {
        central = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(5), 0, null, true, Duration.ofSeconds(1));
        central.register("OTHER");
        lists = central.service.localLists();
        central.badges.save(Badge.of("ADA", "Ada"));
        Badge blocked = Badge.of("BOB", "Bob");
        central.badges.save(new Badge(0, blocked.uid(), "Bob", "", "", null, "FLEET", "", Badge.Authorization.DENY_ALL,
                List.of(), null, null, Scope.everything(), Scope.everything(), Scope.everything(), blocked.credit(),
                false, null, null, 0));
        Badge elsewhere = Badge.of("EVE", "Eve");
        central.badges.save(new Badge(0, elsewhere.uid(), "Eve", "", "", null, "", "", Badge.Authorization.ALLOW_ALL,
                List.of(), null, null, Scope.only(Set.of("OTHER")), Scope.everything(), Scope.everything(),
                elsewhere.credit(), false, null, null, 0));
    }

    @AfterEach
    void stop() throws Exception {
        central.close();
    }

    private static List<ReceivedCall> sendLocalLists(ChargePointSimulator sim) {
        return sim.receivedCalls().stream().filter(c -> c.action().equals("SendLocalList")).toList();
    }

    private static LocalListResult get(java.util.concurrent.CompletionStage<LocalListResult> r) throws Exception {
        return r.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** A registered station that boots once {@code before} has set it up. */
    private ChargePointSimulator boot(String identity, java.util.function.Consumer<ChargePointSimulator> before)
            throws Exception {
        central.register(identity);
        ChargePointSimulator sim = central.connect(identity);
        before.accept(sim);
        assertThat(CentralFixture.result(sim.bootNotification()).path("status").asText()).isEqualTo("Accepted");
        return sim;
    }

    @Test
    void theDefaultListIsPushedVersionedVerifiedAndRestoredAfterTheStationLostIt() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-L1");

        await(() -> cp.state().localListVersion() == 1);
        ReceivedCall full = sendLocalLists(cp).getFirst();
        assertThat(full.payload().path("updateType").asText()).isEqualTo("Full");
        assertThat(cp.state().localList().keySet()).containsExactlyInAnyOrder("ADA", "BOB");
        assertThat(cp.state().localList().get("ADA").path("status").asText()).isEqualTo("Accepted");
        JsonNode bob = cp.state().localList().get("BOB");
        assertThat(bob.path("status").asText()).isEqualTo("Blocked");
        assertThat(bob.path("parentIdTag").asText()).isEqualTo("FLEET");
        await(() -> lists.status("CP-L1").inSync());

        // a new badge reaches the station on the next sync, without anyone asking
        central.badges.save(Badge.of("CAT", "Cat"));
        await(() -> cp.state().localListVersion() == 2);
        ReceivedCall differential = sendLocalLists(cp).get(1);
        assertThat(differential.payload().path("updateType").asText()).isEqualTo("Differential");
        assertThat(differential.payload().path("localAuthorizationList")).hasSize(1);
        assertThat(cp.state().localList().keySet()).containsExactlyInAnyOrder("ADA", "BOB", "CAT");

        LocalListResult check = get(lists.check("CP-L1"));
        assertThat(check.outcome()).isEqualTo(Outcome.IN_SYNC);
        assertThat(check.listVersion()).isEqualTo(2);
        LocalListStatus status = lists.status("CP-L1");
        assertThat(status.list()).isEqualTo(LocalLists.DEFAULT);
        assertThat(status.versionSent()).isEqualTo(2);
        assertThat(status.versionReported()).isEqualTo(2);
        assertThat(status.inSync()).isTrue();
        assertThat(status.mismatch()).isFalse();

        // the station is replaced (or reset): it reports version 0 and gets the list in full again
        cp.abort();
        ChargePointSimulator fresh = central.connectRegistered("CP-L1");
        await(() -> fresh.state().localListVersion() == 3);
        assertThat(sendLocalLists(fresh)).singleElement()
                .satisfies(c -> assertThat(c.payload().path("updateType").asText()).isEqualTo("Full"));
        assertThat(fresh.state().localList().keySet()).containsExactlyInAnyOrder("ADA", "BOB", "CAT");
        assertThat(central.events("CP-L1")).anySatisfy(e ->
                assertThat(e.message()).isEqualTo("CP-L1 holds version 0 instead of 2; the list will be sent again in full"));
    }

    @Test
    void aCustomListIsAssignedAndResetBackToTheDefaultList() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-L2");
        await(() -> cp.state().localListVersion() == 1);
        long ada = central.badges.findByUid("ADA").orElseThrow().id();
        central.cardLists.save(CardList.of("Staff", Set.of(ada)));

        lists.use(List.of("CP-L2"), "Staff");
        LocalListResult pushed = get(lists.push("CP-L2"));
        assertThat(pushed.ok()).as(pushed.message()).isTrue();
        await(() -> cp.state().localList().keySet().equals(Set.of("ADA")));
        assertThat(lists.status("CP-L2").list()).isEqualTo("Staff");
        assertThat(lists.status("CP-L2").cardListVersion()).isEqualTo(1);

        LocalListResult reset = get(lists.reset("CP-L2"));
        assertThat(reset.outcome()).as(reset.message()).isEqualTo(Outcome.SENT);
        assertThat(sendLocalLists(cp).getLast().payload().path("updateType").asText()).isEqualTo("Full");
        assertThat(cp.state().localList().keySet()).containsExactlyInAnyOrder("ADA", "BOB");
        assertThat(lists.status("CP-L2").list()).isEqualTo(LocalLists.DEFAULT);
        assertThat(cp.state().localListVersion()).isEqualTo(reset.listVersion()).isGreaterThan(2);
    }

    @Test
    void aStationWithoutLocalListsIsRecordedAndNotAskedAgainUnlessSomeoneDoes() throws Exception {
        ChargePointSimulator cp = boot("CP-NS", sim -> sim.onCall("SendLocalList",
                p -> JsonNodeFactory.instance.objectNode().put("status", "NotSupported")));

        await(() -> lists.status("CP-NS").lastError().startsWith("NotSupported"));
        int sent = sendLocalLists(cp).size();
        assertThat(central.service.localListService().syncNow("CP-NS").outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
        assertThat(sendLocalLists(cp)).hasSize(sent);

        assertThat(get(lists.push("CP-NS")).outcome()).as("asked: tried again").isEqualTo(Outcome.NOT_SUPPORTED);
        assertThat(sendLocalLists(cp)).hasSize(sent + 1);
    }

    @Test
    void aLongListGoesOutInPartsAndATooLongOneIsRefused() throws Exception {
        ChargePointSimulator parts = boot("CP-PARTS", sim -> sim.state().configure("SendLocalListMaxLength", "1", true));
        await(() -> parts.state().localListVersion() == 2);
        assertThat(sendLocalLists(parts)).extracting(c -> c.payload().path("updateType").asText())
                .containsExactly("Full", "Differential");
        assertThat(parts.state().localList().keySet()).containsExactlyInAnyOrder("ADA", "BOB");

        ChargePointSimulator small = boot("CP-SMALL", sim -> sim.state().configure("LocalAuthListMaxLength", "1", true));
        await(() -> !lists.status("CP-SMALL").lastError().isEmpty());
        assertThat(lists.status("CP-SMALL").lastError())
                .isEqualTo("the list has 2 entries, CP-SMALL holds at most 1 (LocalAuthListMaxLength); nothing was sent");
        assertThat(sendLocalLists(small)).isEmpty();
    }

    @Test
    void aStationWithACustomListRefusesOtherBadgesOnline() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-AUTH");
        long ada = central.badges.findByUid("ADA").orElseThrow().id();
        central.badges.save(Badge.of("DAN", "Dan"));
        central.cardLists.save(CardList.of("Staff", Set.of(ada)));
        lists.use(List.of("CP-AUTH"), "Staff");

        assertThat(CentralFixture.result(cp.authorize("ADA")).path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(CentralFixture.result(cp.authorize("DAN")).path("idTagInfo").path("status").asText()).isEqualTo("Invalid");
    }

    @Test
    void aSiteThatDoesNotManageListsSendsOnlyCustomLists() throws Exception {
        try (CentralFixture unmanaged = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(5), 0, null,
                false, Duration.ZERO)) {
            long ada = unmanaged.badges.save(Badge.of("ADA", "Ada")).id();
            ChargePointSimulator cp = unmanaged.connectRegistered("CP-OWN");
            LocalLists own = unmanaged.service.localLists();
            await(() -> cp.receivedCalls().stream().anyMatch(c -> c.action().equals("GetLocalListVersion")));

            assertThat(get(own.push("CP-OWN")).outcome()).isEqualTo(Outcome.NOT_MANAGED);
            assertThat(sendLocalLists(cp)).isEmpty();

            unmanaged.cardLists.save(CardList.of("Staff", Set.of(ada)));
            own.use(List.of("CP-OWN"), "Staff");
            assertThat(get(own.push("CP-OWN")).outcome()).isEqualTo(Outcome.SENT);
            assertThat(cp.state().localList().keySet()).containsExactly("ADA");
        }
    }

    @Test
    void aDifferentialAnsweredVersionMismatchIsFollowedByTheListInFull() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-VM");
        await(() -> cp.state().localListVersion() == 1);
        cp.onCall("SendLocalList", p -> JsonNodeFactory.instance.objectNode().put("status",
                p.path("updateType").asText().equals("Differential") ? "VersionMismatch" : "Accepted"));

        central.badges.save(Badge.of("CAT", "Cat"));
        await(() -> sendLocalLists(cp).size() == 3);
        assertThat(sendLocalLists(cp)).extracting(c -> c.payload().path("updateType").asText())
                .containsExactly("Full", "Differential", "Full");
        assertThat(sendLocalLists(cp).getLast().payload().path("listVersion").asInt()).isEqualTo(3);
        await(() -> Integer.valueOf(3).equals(lists.status("CP-VM").versionSent()));
    }

    @Test
    void aRemoteStartWorksForABadgeOutsideTheStationsCustomList() throws Exception {
        long ada = central.badges.findByUid("ADA").orElseThrow().id();
        central.badges.save(Badge.of("DAN", "Dan"));
        central.cardLists.save(CardList.of("Staff", Set.of(ada)));
        central.register("CP-RS");
        lists.use(List.of("CP-RS"), "Staff");
        ChargePointSimulator cp = central.connect(CentralFixture.station("CP-RS", central.wsUri()).remoteTransactions(true));
        CentralFixture.result(cp.bootNotification());
        CentralFixture.result(cp.statusNotification(1, "Available", "NoError"));
        var station = central.service.chargingStation("CP-RS").orElseThrow();

        assertThat(station.remoteStart(1, "DAN", "alice").toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS)
                .outcome()).isEqualTo(io.ampgate.api.station.CommandResult.Outcome.ACCEPTED);
        await(() -> cp.receivedTexts().stream().anyMatch(t -> t.contains("transactionId")));
        assertThat(cp.receivedTexts()).filteredOn(t -> t.contains("transactionId")).singleElement()
                .satisfies(t -> assertThat(t).contains("\"Accepted\""));
        assertThat(CentralFixture.result(cp.authorize("DAN")).path("idTagInfo").path("status").asText())
                .as("a badge of its own at the station").isEqualTo("Invalid");
    }
}
