package io.ampgate.ocpp;

import java.time.Instant;

/**
 * A station as the central system sees it now.
 *
 * @param id its charge point identity
 * @param registered whether an installer registered it
 * @param connected whether its connection is open
 * @param since when it connected or disconnected last
 * @param address the IP address it last connected from, or {@code ""}
 * @param bootStatus the answer to its last BootNotification ({@code Accepted}, {@code Pending},
 *     {@code Rejected}), or {@code ""} if it has not booted since the gateway started
 * @param connectors how many connectors it reported so far
 * @param securityProfile the security profile it must connect with (0 to 3)
 */
public record OcppStation(String id, boolean registered, boolean connected, Instant since, String address,
        String bootStatus, int connectors, int securityProfile) {
}
