package io.ampgate.store.session;

import io.ampgate.store.internal.Fields;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The end of a charging session (OCPP StopTransaction, or the gateway closing it).
 *
 * @param stopTime when it ended (kept to the millisecond); not before the session's start
 * @param meterStopWh the connector's energy register at the end, in Wh, not negative
 * @param stoppedBy who or what ended it
 * @param stoppedByWho the badge UID or operator name that ended it, at most 200 characters, or
 *     {@code null}
 * @param reason the reason the station gave ({@link StopReason#LOCAL} when it gave none)
 * @param pricePerKwh the price of one kWh for this session, not negative, kept to 6 decimals; {@code
 *     null} when the session is not priced (its cost stays unknown)
 */
public record SessionStop(
        Instant stopTime,
        long meterStopWh,
        StoppedBy stoppedBy,
        String stoppedByWho,
        StopReason reason,
        BigDecimal pricePerKwh) {

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException naming the field that is missing, too long or negative
     */
    public SessionStop {
        stopTime = Fields.millis(stopTime, "stopTime");
        Fields.register(meterStopWh, "meterStopWh");
        Fields.required(stoppedBy, "stoppedBy");
        stoppedByWho = Fields.optional(stoppedByWho, "stoppedByWho", 200);
        Fields.required(reason, "reason");
        pricePerKwh = Session.price(pricePerKwh);
    }
}
