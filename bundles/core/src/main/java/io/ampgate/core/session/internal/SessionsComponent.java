package io.ampgate.core.session.internal;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.auth.Authorizer;
import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.StopCause;
import io.ampgate.core.session.EnergyTotals;
import io.ampgate.core.session.LiveSession;
import io.ampgate.core.session.Sessions;
import io.ampgate.core.site.SiteTimeZone;
import io.ampgate.store.session.EnergyTotal;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionFilter;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.SettingsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The {@link Sessions} service over the store and the stations' services. */
@Component(service = Sessions.class)
public final class SessionsComponent implements Sessions {

    private final SessionRepository sessions;
    private final BadgeRepository badges;
    private final SettingsRepository settings;
    private final Authorizer authorizer;
    private final Clock clock;
    private final Map<String, ChargingStation> stations = new ConcurrentHashMap<>();

    @Activate
    public SessionsComponent(@Reference SessionRepository sessions, @Reference BadgeRepository badges,
            @Reference SettingsRepository settings, @Reference Authorizer authorizer) {
        this(sessions, badges, settings, authorizer, Clock.systemUTC());
    }

    SessionsComponent(SessionRepository sessions, BadgeRepository badges, SettingsRepository settings,
            Authorizer authorizer, Clock clock) {
        this.sessions = sessions;
        this.badges = badges;
        this.settings = settings;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStation(ChargingStation station, Map<String, Object> properties) {
        stations.put(String.valueOf(properties.get(ChargingStation.PROP_ID)), station);
    }

    void removeStation(ChargingStation station, Map<String, Object> properties) {
        stations.remove(String.valueOf(properties.get(ChargingStation.PROP_ID)), station);
    }

    @Override
    public List<LiveSession> running() {
        Instant now = clock.instant();
        return sessions.running().stream().map(s -> LiveSessions.of(s, state(s.stationId(), s.connectorId()), now))
                .toList();
    }

    @Override
    public EnergyTotals totals() {
        Instant now = clock.instant();
        ZoneId zone = SiteTimeZone.of(settings);
        Periods periods = Periods.at(now, zone);
        List<LiveSession> running = running();
        return new EnergyTotals(now, zone, period(periods.dayStart(), now, running),
                period(periods.weekStart(), now, running), period(periods.monthStart(), now, running));
    }

    private EnergyTotals.Period period(Instant from, Instant now, List<LiveSession> running) {
        EnergyTotal stored = sessions.total(SessionFilter.between(from, now.plusMillis(1)));
        long runningEnergy = running.stream().filter(s -> !s.startTime().isBefore(from))
                .mapToLong(LiveSession::energyWh).sum();
        return new EnergyTotals.Period(from, stored.sessions(), stored.energyWh() + runningEnergy, stored.cost());
    }

    @Override
    public CompletionStage<CommandResult> remoteStart(String stationId, int connector, String badgeUid,
            String operator) {
        ChargingStation station = stations.get(stationId);
        Optional<Badge> badge = badgeUid == null || badgeUid.isBlank() ? Optional.empty() : badges.findByUid(badgeUid);
        Authorization answer = badge.map(b -> authorizer.authorize(new AuthorizationRequest(b.uid(), stationId,
                connector, AuthorizationRequest.Purpose.REMOTE_START, clock.instant()))).orElse(null);
        Optional<String> refusal = RemoteStartCheck.refusal(stationId, connector, station != null,
                station != null && station.online(), station == null ? null : state(stationId, connector), badgeUid,
                badge.isPresent(), answer);
        if (refusal.isPresent()) {
            return rejected(refusal.get());
        }
        return station.remoteStart(connector, badge.get().uid(), operator);
    }

    @Override
    public CompletionStage<CommandResult> remoteStop(long sessionId, String operator) {
        Optional<Session> session = sessions.find(sessionId);
        if (session.isEmpty()) {
            return rejected("there is no session " + sessionId);
        }
        if (!session.get().isRunning()) {
            return rejected("session " + sessionId + " has already ended");
        }
        ChargingStation station = stations.get(session.get().stationId());
        if (station == null) {
            return rejected("station " + session.get().stationId() + " is not registered or its driver is not running");
        }
        return station.remoteStop(Long.toString(sessionId), StopCause.OPERATOR, operator);
    }

    private ConnectorState state(String stationId, int connector) {
        ChargingStation station = stations.get(stationId);
        if (station == null) {
            return null;
        }
        try {
            // a station may know connectors nobody configured yet (an OCPP station reports them)
            return station.state(connector);
        } catch (IllegalArgumentException noSuchConnector) {
            return null;
        }
    }

    private static CompletionStage<CommandResult> rejected(String reason) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandResult.Outcome.REJECTED, reason));
    }
}
