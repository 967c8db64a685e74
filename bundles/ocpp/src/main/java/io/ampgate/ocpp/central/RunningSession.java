package io.ampgate.ocpp.central;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a station's MeterValues and StopTransaction need about a running transaction, kept in memory
 * so that a MeterValues costs no look-up (and a credit update only for a badge with limited credit).
 *
 * @param sessionId the session (transaction) id
 * @param badgeUid the session's badge, or {@code null}
 * @param parentCode the badge's parent code ({@code ""}: none)
 * @param meterStartWh the register at the start
 * @param limitedCredit whether the badge has a limited energy credit
 * @param stopAsked set once the gateway asked the station to stop the session for its credit
 * @param lastSampled the newest meter value stored, so that values the station sends again (after a
 *     reconnect, or in its StopTransaction's transactionData) are stored once
 */
record RunningSession(long sessionId, String badgeUid, String parentCode, long meterStartWh, boolean limitedCredit,
        AtomicBoolean stopAsked, AtomicReference<Instant> lastSampled) {

    RunningSession(long sessionId, String badgeUid, String parentCode, long meterStartWh, boolean limitedCredit) {
        this(sessionId, badgeUid, parentCode == null ? "" : parentCode, meterStartWh, limitedCredit,
                new AtomicBoolean(), new AtomicReference<>(Instant.MIN));
    }

    /** Whether a value sampled at {@code at} is newer than those stored; if so it counts as stored. */
    boolean newSample(Instant at) {
        return lastSampled.getAndAccumulate(at, (a, b) -> b.isAfter(a) ? b : a).isBefore(at);
    }
}
