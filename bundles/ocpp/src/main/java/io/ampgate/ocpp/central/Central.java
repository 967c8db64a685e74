package io.ampgate.ocpp.central;

import io.ampgate.store.session.SessionMeterValueRepository;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.site.BadgeRepository;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What the message handlers work with: the registry, the store, the policy and the clock, and what
 * to do when a station was accepted at boot (send it what it missed).
 */
record Central(Registry registry, Policy policy, Clock clock, Notifier notifier, Authorizer authorizer,
        BadgeRepository badges, SessionRepository sessions, SessionMeterValueRepository meterValues,
        Consumer<String> onBooted) {

    void booted(String stationId) {
        onBooted.accept(stationId);
    }
}
