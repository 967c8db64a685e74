package io.ampgate.ocpp.central;

import io.ampgate.ocpp.security.AuthorizationKey;
import io.ampgate.ocpp.security.Handshake;
import io.ampgate.ocpp.security.HandshakeDecision;
import io.ampgate.ocpp.security.HandshakeRequest;
import io.ampgate.ocpp.security.PasswordHash;
import io.ampgate.ocpp.security.UnknownStations;
import io.ampgate.ocpp.server.Admission;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.StationSecurity;
import io.ampgate.store.site.StationSecurityRepository;
import java.util.Optional;

/**
 * Who may connect: each station's stored security settings; a registered station without settings
 * and a station nobody registered get the site's profile for unknown stations (-1 refuses unknown
 * stations, while registered ones then connect with profile 0).
 */
final class Admissions implements Admission {

    private final Settings settings;
    private final Registry registry;
    private final StationSecurityRepository security;
    private final Handshake handshake;

    Admissions(Settings settings, Registry registry, StationSecurityRepository security) {
        this.settings = settings;
        this.registry = registry;
        this.security = security;
        UnknownStations unknown = settings.unknownStationProfile() < 0 ? UnknownStations.refused()
                : UnknownStations.accepted(settings.unknownStationProfile(), null);
        this.handshake = new Handshake(this::find, unknown);
    }

    private Optional<StationSecurity> find(String identity) {
        Optional<StationSecurity> stored = security.find(identity);
        if (stored.isEmpty() && registry.isRegistered(identity)) {
            return Optional.of(new StationSecurity(identity, Math.max(0, settings.unknownStationProfile()), null));
        }
        return stored;
    }

    @Override
    public HandshakeDecision admit(HandshakeRequest request) {
        return handshake.decide(request);
    }

    int profileOf(String id) {
        return find(id).map(StationSecurity::profile).orElse(Math.max(0, settings.unknownStationProfile()));
    }

    void setSecurity(String id, int profile, char[] password) {
        if (profile < 0 || profile > 3) {
            throw new IllegalArgumentException("the security profile is 0, 1, 2 or 3, not " + profile);
        }
        String hash = null;
        if (password != null) {
            Optional<String> problem = PasswordHash.problem(new String(password));
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get());
            }
            hash = AuthorizationKey.hash(new String(password));
        } else {
            hash = security.find(id).map(StationSecurity::passwordHash).orElse(null);
        }
        if ((profile == 1 || profile == 2) && hash == null) {
            throw new IllegalArgumentException("profile " + profile + " needs a password for station " + id);
        }
        if (registry.store().find(id).isEmpty()) {
            registry.store().save(Station.unregistered(id));
        }
        security.save(new StationSecurity(id, profile, hash));
    }
}
