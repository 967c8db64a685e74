package io.ampgate.ocpp.central;

import io.ampgate.store.session.SessionMeterValueRepository;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.ZoneRepository;
import java.time.Clock;

/**
 * What the message handlers work with: the registry, the store, the policy and the clock, and what
 * to send a station once it is ready.
 */
record Central(Registry registry, Policy policy, Clock clock, Notifier notifier, Authorizer authorizer,
        BadgeRepository badges, SessionRepository sessions, SessionMeterValueRepository meterValues,
        ZoneRepository zones, FollowUps followUps) {

    /** Requests the central system sends after a station's message was answered. */
    interface FollowUps {

        /** The station is ready (accepted at boot, or back without a boot): send what it missed. */
        void stationReady(String stationId);

        /** A transaction started on a connector: send the limit waiting for it, if any. */
        void transactionStarted(String stationId, int connector);

        /** A session's badge has used up its energy credit: ask the station to stop the session. */
        void creditExhausted(String stationId, int transactionId);
    }
}
