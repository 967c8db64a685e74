package io.ampgate.core.session.internal;

import io.ampgate.api.station.CommandResult;
import io.ampgate.core.session.EnergyTotals;
import io.ampgate.core.session.LiveSession;
import io.ampgate.core.session.Sessions;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands for operators: {@code session:running}, {@code session:totals},
 * {@code session:start <station> <connector> <badge>} and {@code session:stop <session>}.
 */
@Component(service = SessionCommands.class, property = {
        "osgi.command.scope=session",
        "osgi.command.function=running",
        "osgi.command.function=totals",
        "osgi.command.function=start",
        "osgi.command.function=stop"})
public final class SessionCommands {
    /** The name a start or stop from the shell is recorded under. */
    static final String SHELL = "shell";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Sessions sessions;

    @Activate
    public SessionCommands(@Reference Sessions sessions) {
        this.sessions = sessions;
    }

    public String running() {
        return render(sessions.running(), sessions.totals().zone());
    }

    public String totals() {
        EnergyTotals t = sessions.totals();
        return String.format(Locale.ROOT, "%-6s %9s %12s %10s%n", "", "SESSIONS", "ENERGY kWh", "COST")
                + line("today", t.today()) + line("week", t.week()) + line("month", t.month())
                + "(" + t.zone() + "; running sessions count with their energy so far)";
    }

    public String start(String station, int connector, String badge) throws InterruptedException {
        return answer(sessions.remoteStart(station, connector, badge, SHELL),
                "start asked of " + station + " connector " + connector + " for " + badge);
    }

    public String stop(long session) throws InterruptedException {
        return answer(sessions.remoteStop(session, SHELL), "stop of session " + session + " asked");
    }

    static String render(List<LiveSession> running, ZoneId zone) {
        if (running.isEmpty()) {
            return "no running sessions";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-8s %-16s %4s %-16s %-20s %-16s %8s %10s %8s %-14s%n",
                "SESSION", "STATION", "CONN", "BADGE", "HOLDER", "STARTED", "DURATION", "ENERGY kWh", "POWER kW", "STATUS"));
        for (LiveSession s : running) {
            out.append(String.format(Locale.ROOT, "%-8d %-16s %4d %-16s %-20s %-16s %8s %10.2f %8s %-14s%n", s.id(),
                    s.stationId(), s.connector(), s.badgeUid() == null ? "-" : s.badgeUid(), s.holder(),
                    TIME.format(s.startTime().atZone(zone)), duration(s.duration()), s.energyWh() / 1000.0,
                    Double.isNaN(s.powerW()) ? "-" : String.format(Locale.ROOT, "%.1f", s.powerW() / 1000),
                    s.status().name().toLowerCase(Locale.ROOT) + (s.live() ? "" : " (no reading)")));
        }
        return out.toString().replaceAll(" +\n", "\n").stripTrailing();
    }

    private static String line(String name, EnergyTotals.Period p) {
        return String.format(Locale.ROOT, "%-6s %9d %12.3f %10s%n", name, p.sessions(), p.energyWh() / 1000.0,
                p.cost().toPlainString());
    }

    static String duration(Duration d) {
        return String.format(Locale.ROOT, "%d:%02d", d.toHours(), d.toMinutesPart());
    }

    private static String answer(CompletionStage<CommandResult> stage, String done) throws InterruptedException {
        CommandResult result;
        try {
            result = stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within 60 s");
        }
        if (!result.isAccepted()) {
            throw new IllegalStateException(result.outcome().name().toLowerCase(Locale.ROOT)
                    + (result.detail().isEmpty() ? "" : ": " + result.detail()));
        }
        return done + ": " + result.outcome().name().toLowerCase(Locale.ROOT);
    }
}
