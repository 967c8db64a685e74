package io.ampgate.ocpp.central;

import io.ampgate.ocpp.LocalListResult;
import io.ampgate.ocpp.LocalListStatus;
import io.ampgate.ocpp.LocalLists;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.StationLocalList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link LocalLists} over {@link LocalListSync}: the work runs on the list workers. */
final class LocalListService implements LocalLists {

    private static final Logger LOG = Logger.getLogger(LocalListService.class.getName());

    private final LocalListSync sync;
    private final DesiredLists desired;
    private final CardListRepository cardLists;
    private final Registry registry;
    private final Predicate<String> online;
    private final ExecutorService workers;
    private final Function<String, Sender> senders;

    /**
     * @param senders a station's current connection, as a sender that fails once it is replaced
     */
    LocalListService(LocalListSync sync, DesiredLists desired, CardListRepository cardLists, Registry registry,
            Predicate<String> online, ExecutorService workers, Function<String, Sender> senders) {
        this.senders = senders;
        this.sync = sync;
        this.desired = desired;
        this.cardLists = cardLists;
        this.registry = registry;
        this.online = online;
        this.workers = workers;
    }

    /** A station connected: forget its limits; once it is ready, check its version and bring its list up to date. */
    void connected(String stationId) {
        sync.limits().forget(stationId);
        sync.forget(stationId);
    }

    void ready(String stationId) {
        Sender sender = senders.apply(stationId);
        run(stationId, () -> {
            if (sync.check(sender, stationId).outcome() != LocalListResult.Outcome.NOT_SUPPORTED) {
                sync.push(sender, stationId, false);
            }
            return null;
        });
    }

    /** The periodic sync: every registered station online. */
    void syncAll() {
        for (String id : new TreeSet<>(registry.registered())) {
            if (online.test(id)) {
                Sender sender = senders.apply(id);
                run(id, () -> sync.push(sender, id, false));
            }
        }
    }

    /** What the periodic sync does for one station, at once on this thread (tests). */
    LocalListResult syncNow(String stationId) {
        return sync.push(senders.apply(stationId), stationId, false);
    }

    private <T> CompletableFuture<T> run(String stationId, java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, workers).whenComplete((r, e) -> {
            if (e != null) {
                LOG.log(Level.WARNING, stationId + ": local list work failed", e);
            }
        });
    }

    @Override
    public void use(Collection<String> stationIds, String cardListName) {
        Long id = null;
        if (cardListName != null && !cardListName.isBlank() && !DEFAULT.equals(cardListName)) {
            id = cardLists.list().stream().filter(l -> l.name().equals(cardListName)).findFirst().map(CardList::id)
                    .orElseThrow(() -> new IllegalArgumentException("there is no card list named '" + cardListName + "'"));
        }
        for (String station : stationIds) {
            requireStation(station);
        }
        for (String station : stationIds) {
            cardLists.assign(station, id);
        }
    }

    @Override
    public CompletionStage<LocalListResult> push(String stationId) {
        requireStation(stationId);
        Sender sender = senders.apply(stationId);
        return run(stationId, () -> sync.push(sender, stationId, true));
    }

    @Override
    public CompletionStage<LocalListResult> check(String stationId) {
        requireStation(stationId);
        Sender sender = senders.apply(stationId);
        return run(stationId, () -> {
            LocalListResult checked = sync.check(sender, stationId);
            if (checked.outcome() == LocalListResult.Outcome.MISMATCH) {
                sync.push(sender, stationId, false);
            }
            return checked;
        });
    }

    @Override
    public CompletionStage<LocalListResult> reset(String stationId) {
        requireStation(stationId);
        cardLists.assign(stationId, null);
        Sender sender = senders.apply(stationId);
        return run(stationId, () -> {
            cardLists.forgetHeld(stationId); // the default list goes out in full
            sync.forget(stationId);
            return sync.push(sender, stationId, true);
        });
    }

    @Override
    public LocalListStatus status(String stationId) {
        requireStation(stationId);
        StationLocalList s = cardLists.stationList(stationId);
        Optional<CardList> custom = s.cardListId() == null ? Optional.empty() : cardLists.find(s.cardListId());
        int pending = 0;
        if (sync.manages(s)) {
            var want = desired.of(stationId, s.cardListId(), false).entries();
            pending = s.heldVersion() == null ? Math.max(1, want.size())
                    : LocalListPlan.changes(cardLists.heldEntries(stationId), want).size();
        }
        LocalListStatus status = new LocalListStatus(stationId, online.test(stationId),
                custom.map(CardList::name).orElse(DEFAULT), custom.map(CardList::version).orElse(null), s.heldVersion(),
                s.heldAt(), s.reportedVersion(), s.reportedAt(), false, pending, s.lastResult());
        boolean inSync = s.heldVersion() != null && pending == 0 && !status.mismatch();
        return new LocalListStatus(stationId, status.online(), status.list(), status.cardListVersion(),
                status.versionSent(), status.sentAt(), status.versionReported(), status.reportedAt(), inSync, pending,
                status.lastError());
    }

    @Override
    public List<LocalListStatus> statuses() {
        List<LocalListStatus> all = new ArrayList<>();
        for (String id : new TreeSet<>(registry.registered())) {
            all.add(status(id));
        }
        return all;
    }

    private void requireStation(String stationId) {
        if (!registry.isRegistered(stationId)) {
            throw new IllegalArgumentException("there is no registered OCPP station " + stationId);
        }
    }
}
