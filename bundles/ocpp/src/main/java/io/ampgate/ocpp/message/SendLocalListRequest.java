package io.ampgate.ocpp.message;

import java.util.List;

/**
 * The central system replaces or changes the local authorization list of the station, which then
 * has the given version.
 */
public record SendLocalListRequest(
        int listVersion,
        List<AuthorizationData> localAuthorizationList,
        UpdateType updateType)
        implements CentralSystemRequest<SendLocalListResponse> {
    public SendLocalListRequest {
        localAuthorizationList =
                Fields.optionalList(localAuthorizationList, "localAuthorizationList");
        Fields.required(updateType, "updateType");
    }
}
