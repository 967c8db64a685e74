package io.ampgate.core.auth;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.auth.Authorizer;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.SettingsRepository;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationRepository;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The site's {@link Authorizer}: looks the badge up (one indexed query) and whether it is in the
 * station's custom card list (another), gathers the facts and
 * applies {@link AuthorizationRules}. The running sessions of the badge are only counted when the
 * site allows one session per badge.
 */
@Component(service = Authorizer.class)
public final class AuthorizerComponent implements Authorizer {

    private final BadgeRepository badges;
    private final StationRepository stations;
    private final SessionRepository sessions;
    private final CardListRepository cardLists;
    private final SiteRules site;

    @Activate
    public AuthorizerComponent(@Reference BadgeRepository badges, @Reference StationRepository stations,
            @Reference SessionRepository sessions, @Reference SettingsRepository settings,
            @Reference CardListRepository cardLists) {
        this(badges, stations, sessions, settings, cardLists, Clock.systemUTC());
    }

    AuthorizerComponent(BadgeRepository badges, StationRepository stations, SessionRepository sessions,
            SettingsRepository settings, CardListRepository cardLists, Clock clock) {
        this.cardLists = cardLists;
        this.badges = badges;
        this.stations = stations;
        this.sessions = sessions;
        this.site = new SiteRules(settings, clock);
    }

    @Override
    public Authorization authorize(AuthorizationRequest request) {
        SiteRules.Values rules = site.get();
        Badge badge = badges.findByUid(request.idTag()).orElse(null);
        String zone = badge == null || badge.zones().all() ? null
                : stations.find(request.stationId()).map(Station::zoneId).orElse(null);
        int others = 0;
        if (badge != null && rules.oneSessionPerBadge()) {
            for (Session s : sessions.running()) {
                boolean here = s.stationId().equals(request.stationId()) && s.connectorId() == request.connector();
                if (badge.uid().equalsIgnoreCase(String.valueOf(s.badgeUid())) && !here) {
                    others++;
                }
            }
        }
        Boolean inList = badge == null ? null : cardLists.inAssignedList(request.stationId(), badge.id()).orElse(null);
        return AuthorizationRules.decide(badge, new Facts(request, zone, request.at().atZone(rules.timeZone()),
                rules.acceptUnknown(), rules.oneSessionPerBadge(), others, rules.cacheFor(), inList));
    }
}
