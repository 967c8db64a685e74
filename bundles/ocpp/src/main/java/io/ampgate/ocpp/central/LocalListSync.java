package io.ampgate.ocpp.central;

import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.LocalListResult;
import io.ampgate.ocpp.LocalListResult.Outcome;
import io.ampgate.ocpp.message.AuthorizationData;
import io.ampgate.ocpp.message.AuthorizationStatus;
import io.ampgate.ocpp.message.CentralSystemRequest;
import io.ampgate.ocpp.message.GetLocalListVersionRequest;
import io.ampgate.ocpp.message.IdTagInfo;
import io.ampgate.ocpp.message.SendLocalListRequest;
import io.ampgate.ocpp.message.SendLocalListResponse;
import io.ampgate.ocpp.message.UpdateStatus;
import io.ampgate.ocpp.message.UpdateType;
import io.ampgate.store.event.Severity;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.LocalListEntry;
import io.ampgate.store.site.StationLocalList;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Brings a station's local list to what it should hold, and checks the version it reports. Blocks
 * while the station answers: run it on the list workers, never on a station link. One station at
 * a time per station.
 */
final class LocalListSync {

    /** The start of the last result of a station that answered NotSupported. */
    static final String NOT_SUPPORTED = "NotSupported";

    private final CardListRepository cardLists;
    private final DesiredLists desired;
    private final StationLimits limits;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration wait;
    private final boolean manage;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Synced> synced = new ConcurrentHashMap<>();

    /** The list version a station accepted last and the hash of the desired list it matched. */
    private record Synced(int listVersion, int desiredHash) {
    }

    LocalListSync(CardListRepository cardLists, DesiredLists desired, Notifier notifier, Clock clock, Duration wait,
            boolean manage) {
        this.cardLists = cardLists;
        this.desired = desired;
        this.notifier = notifier;
        this.clock = clock;
        this.wait = wait;
        this.manage = manage;
        this.limits = new StationLimits();
    }

    StationLimits limits() {
        return limits;
    }

    boolean manages(StationLocalList state) {
        return manage || state.cardListId() != null;
    }

    /**
     * Sends what the station's list lacks.
     *
     * @param asked whether someone asked (a NotSupported station is tried again)
     */
    LocalListResult push(Sender sender, String stationId, boolean asked) {
        synchronized (locks.computeIfAbsent(stationId, k -> new Object())) {
            StationLocalList state = cardLists.stationList(stationId);
            int held = state.heldVersion() == null ? 0 : state.heldVersion();
            if (!asked && state.lastResult().startsWith(NOT_SUPPORTED)) {
                return new LocalListResult(stationId, Outcome.NOT_SUPPORTED, held, state.lastResult());
            }
            if (!manages(state)) {
                return new LocalListResult(stationId, Outcome.NOT_MANAGED, held, stationId
                        + " uses the default list and the site lets stations keep their own lists (manageLocalLists off)");
            }
            try {
                DesiredLists.Desired want = desired.of(stationId, state.cardListId(), asked);
                StationLimits.Limits max = limits.of(stationId, (id, request) -> call(sender, id, request));
                if (want.entries().size() > max.listMax()) {
                    return record(new LocalListResult(stationId, Outcome.TOO_LONG, held, "the list has "
                            + want.entries().size() + " entries, " + stationId + " holds at most " + max.listMax()
                            + " (LocalAuthListMaxLength); nothing was sent"), state);
                }
                Synced memo = new Synced(state.heldVersion() == null ? 0 : state.heldVersion(), want.hashCode());
                if (state.heldVersion() != null && memo.equals(synced.get(stationId))) {
                    // what was sent last, unchanged since: no need to read what the station holds
                    return record(new LocalListResult(stationId, Outcome.IN_SYNC, held, stationId + " holds version "
                            + held + " of the " + want.name() + " list (" + want.entries().size() + " entries)"), state);
                }
                List<LocalListEntry> holds = state.heldVersion() == null ? List.of() : cardLists.heldEntries(stationId);
                List<LocalListPlan.Batch> batches = LocalListPlan.batches(state.heldVersion() != null, holds,
                        want.entries(), max.perMessage());
                if (batches.isEmpty()) {
                    synced.put(stationId, memo);
                    return record(new LocalListResult(stationId, Outcome.IN_SYNC, held, stationId + " holds version "
                            + held + " of the " + want.name() + " list (" + holds.size() + " entries)"), state);
                }
                LocalListResult result = send(sender, stationId, want, batches);
                // a Differential answered VersionMismatch or Failed: the station holds something else
                if (result.outcome() == Outcome.FAILED && batches.getFirst().type() == UpdateType.DIFFERENTIAL) {
                    cardLists.forgetHeld(stationId);
                    result = send(sender, stationId, want,
                            LocalListPlan.batches(false, List.of(), want.entries(), max.perMessage()));
                }
                if (result.outcome() == Outcome.SENT) {
                    synced.put(stationId, new Synced(result.listVersion(), want.hashCode()));
                }
                return record(result, state);
            } catch (CallFailure f) {
                return record(failure(stationId, held, "SendLocalList", f), state);
            }
        }
    }

    private LocalListResult send(Sender sender, String stationId, DesiredLists.Desired want,
            List<LocalListPlan.Batch> batches) {
        int version = 0;
        for (LocalListPlan.Batch b : batches) {
            version = cardLists.nextVersion(stationId);
            SendLocalListResponse answer = call(sender, stationId, new SendLocalListRequest(version, data(b), b.type()));
            if (answer.status() == UpdateStatus.NOT_SUPPORTED) {
                return new LocalListResult(stationId, Outcome.NOT_SUPPORTED, 0,
                        NOT_SUPPORTED + ": " + stationId + " does not support local lists (SendLocalList answered NotSupported)");
            }
            if (answer.status() != UpdateStatus.ACCEPTED) {
                return new LocalListResult(stationId, Outcome.FAILED, 0, stationId + " answered " + answer.status()
                        + " to the " + b.type() + " update to version " + version);
            }
            cardLists.recordAccepted(stationId, version, want.cardListId(), want.cardListVersion(),
                    b.type() == UpdateType.FULL, b.upserted(), b.removed(), clock.instant());
        }
        String how = batches.getFirst().type() == UpdateType.FULL ? "in full" : "as a differential";
        return new LocalListResult(stationId, Outcome.SENT, version, "sent the " + want.name() + " list to " + stationId
                + " " + how + " (" + want.entries().size() + " entries, version " + version
                + (batches.size() > 1 ? ", in " + batches.size() + " messages" : "") + ")");
    }

    /** Asks the station for its list version and compares it with the one it accepted last. */
    LocalListResult check(Sender sender, String stationId) {
        synchronized (locks.computeIfAbsent(stationId, k -> new Object())) {
            StationLocalList state = cardLists.stationList(stationId);
            Integer sent = state.heldVersion();
            int reported;
            try {
                reported = call(sender, stationId, new GetLocalListVersionRequest()).listVersion();
            } catch (CallFailure f) {
                return record(failure(stationId, sent == null ? 0 : sent, "GetLocalListVersion", f));
            }
            cardLists.recordReported(stationId, reported, clock.instant());
            if (sent != null && reported == sent) {
                return record(new LocalListResult(stationId, Outcome.IN_SYNC, sent,
                        stationId + " holds version " + reported + ", as sent"));
            }
            if (sent == null && reported <= 0) {
                return new LocalListResult(stationId, Outcome.HOLDS_NONE, 0, stationId + " holds no local list");
            }
            String message = sent == null
                    ? stationId + " holds version " + reported + ", which this gateway did not send"
                    : stationId + " holds version " + reported + " instead of " + sent + "; the list will be sent again in full";
            cardLists.forgetHeld(stationId);
            forget(stationId);
            notifier.record(stationId, sent == null ? Severity.INFO : Severity.WARNING, "local-list", message);
            return record(new LocalListResult(stationId, Outcome.MISMATCH, reported, message));
        }
    }

    private LocalListResult record(LocalListResult r) {
        cardLists.recordResult(r.stationId(), r.ok() ? "" : r.message());
        return r;
    }

    /** Records the outcome unless it is the one recorded already (a sync that changes nothing writes nothing). */
    private LocalListResult record(LocalListResult r, StationLocalList before) {
        return before.lastResult().equals(r.ok() ? "" : r.message()) ? r : record(r);
    }

    /** Forgets that a station holds what was sent last (it lost it, or its list is sent again in full). */
    void forget(String stationId) {
        synced.remove(stationId);
    }

    private static LocalListResult failure(String stationId, int held, String action, CallFailure f) {
        if (f.reason() == CallFailure.Reason.OFFLINE) {
            return new LocalListResult(stationId, Outcome.OFFLINE, held, stationId + " is not connected");
        }
        if (f.reason() == CallFailure.Reason.CALL_ERROR
                && ("NotImplemented".equals(f.errorCode()) || "NotSupported".equals(f.errorCode()))) {
            return new LocalListResult(stationId, Outcome.NOT_SUPPORTED, held, NOT_SUPPORTED + ": " + stationId
                    + " does not support local lists (" + action + " answered " + f.errorCode() + ")");
        }
        return new LocalListResult(stationId, Outcome.FAILED, held, action + " to " + stationId + " failed: " + f.getMessage());
    }

    private static List<AuthorizationData> data(LocalListPlan.Batch b) {
        List<AuthorizationData> data = new ArrayList<>(b.size());
        for (LocalListEntry e : b.upserted()) {
            data.add(new AuthorizationData(e.idTag(), new IdTagInfo(e.expiry(), e.parentIdTag(),
                    AuthorizationStatus.valueOf(e.status().name()))));
        }
        b.removed().forEach(idTag -> data.add(new AuthorizationData(idTag, null)));
        return data;
    }

    /** A request and its answer, waiting at most the call timeout; a failure throws {@link CallFailure}. */
    private <R> R call(Sender sender, String stationId, CentralSystemRequest<R> request) {
        try {
            return sender.send(stationId, request).toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            CallFailure f = CallFailure.of(e);
            throw f != null ? f : new CallFailure(CallFailure.Reason.INVALID_RESPONSE, null, String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            throw new CallFailure(CallFailure.Reason.TIMEOUT, null, stationId + " did not answer " + request.action());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailure(CallFailure.Reason.TIMEOUT, null, "interrupted");
        }
    }
}
