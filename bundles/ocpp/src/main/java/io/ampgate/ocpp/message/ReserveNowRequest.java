package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * The central system reserves a connector (0: any connector) for an id tag, or for its group, until
 * a moment.
 */
public record ReserveNowRequest(
        int connectorId,
        Instant expiryDate,
        String idTag,
        String parentIdTag,
        int reservationId)
        implements CentralSystemRequest<ReserveNowResponse> {
    public ReserveNowRequest {
        Fields.required(expiryDate, "expiryDate");
        Fields.required(idTag, "idTag");
    }
}
