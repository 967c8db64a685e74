package io.ampgate.ocpp.central;

import io.ampgate.ocpp.LocalListResult;
import io.ampgate.ocpp.LocalListStatus;
import io.ampgate.ocpp.LocalLists;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shell commands for the stations' local lists: {@code ocpp:lists} (the status table) and
 * {@code ocpp:list use|push|check|reset|status STATION[,STATION...] [LIST]}. A failure throws, which
 * {@code bin/ampgate exec} turns into exit code 1.
 */
@Component(service = LocalListCommands.class, property = {
        "osgi.command.scope=ocpp",
        "osgi.command.function=lists",
        "osgi.command.function=list"})
public final class LocalListCommands {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String USAGE = "usage: ocpp:list use STATION[,STATION...] LIST|default"
            + " | ocpp:list push|check|reset|status STATION[,STATION...]";

    /** What makes a command fail (exit 1): nothing the operator asked for happened. */
    private static final Set<LocalListResult.Outcome> FAILURES = EnumSet.of(LocalListResult.Outcome.FAILED,
            LocalListResult.Outcome.OFFLINE, LocalListResult.Outcome.TOO_LONG, LocalListResult.Outcome.NOT_SUPPORTED,
            LocalListResult.Outcome.NOT_MANAGED);

    private final LocalLists lists;

    @Activate
    public LocalListCommands(@Reference LocalLists lists) {
        this.lists = lists;
    }

    /** Every registered station's local list. */
    public String lists() {
        List<LocalListStatus> all = lists.statuses();
        if (all.isEmpty()) {
            return "no stations";
        }
        StringBuilder out = new StringBuilder(String.format("%-20s %-6s %-16s %6s %5s %9s %-20s %-8s %7s %s%n",
                "STATION", "ONLINE", "LIST", "LISTV", "SENT", "REPORTED", "REPORTED AT", "IN SYNC", "PENDING", "LAST ERROR"));
        for (LocalListStatus s : all) {
            out.append(String.format("%-20s %-6s %-16s %6s %5s %9s %-20s %-8s %7d %s%n", s.stationId(),
                    s.online() ? "yes" : "no", s.list(), dash(s.cardListVersion()), dash(s.versionSent()),
                    dash(s.versionReported()), s.reportedAt() == null ? "-" : s.reportedAt().truncatedTo(ChronoUnit.SECONDS),
                    s.inSync() ? "yes" : s.mismatch() ? "MISMATCH" : "no", s.pendingChanges(),
                    s.lastError().isEmpty() ? "-" : s.lastError()));
        }
        return out.toString().stripTrailing();
    }

    /** Assigns stations a card list (or the default list). */
    public String list(String action, String stations, String listName) {
        if (!action.equals("use")) {
            throw new IllegalArgumentException(USAGE);
        }
        List<String> ids = ids(stations);
        lists.use(ids, listName);
        return String.join(", ", ids) + ": list " + listName + " (sent on the next sync, or now with ocpp:list push)";
    }

    /** Pushes, checks, resets or shows the list of stations. */
    public String list(String action, String stations) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        for (String id : ids(stations)) {
            String line;
            switch (action) {
                case "push", "check", "reset" -> {
                    LocalListResult r = await(id, action);
                    failed |= FAILURES.contains(r.outcome());
                    line = r.outcome() + ": " + r.message();
                }
                case "status" -> line = describe(lists.status(id));
                default -> throw new IllegalArgumentException(USAGE);
            }
            out.append(line).append('\n');
        }
        if (failed) {
            throw new IllegalStateException(out.toString().stripTrailing());
        }
        return out.toString().stripTrailing();
    }

    private LocalListResult await(String id, String action) throws InterruptedException {
        CompletionStage<LocalListResult> r = switch (action) {
            case "push" -> lists.push(id);
            case "check" -> lists.check(id);
            default -> lists.reset(id);
        };
        try {
            return r.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(id + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(id + ": no outcome in " + WAIT.toSeconds() + " s", e);
        }
    }

    static String describe(LocalListStatus s) {
        return s.stationId() + ": list " + s.list() + (s.cardListVersion() == null ? "" : " v" + s.cardListVersion())
                + ", sent " + dash(s.versionSent()) + at(s.sentAt()) + ", reported " + dash(s.versionReported())
                + at(s.reportedAt()) + ", " + (s.inSync() ? "in sync" : s.mismatch() ? "MISMATCH" : "not in sync")
                + ", " + s.pendingChanges() + " pending" + (s.lastError().isEmpty() ? "" : ", last error: " + s.lastError());
    }

    private static String at(Instant t) {
        return t == null ? "" : " at " + t.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String dash(Integer v) {
        return v == null ? "-" : v.toString();
    }

    private static List<String> ids(String stations) {
        return Arrays.stream(stations.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
