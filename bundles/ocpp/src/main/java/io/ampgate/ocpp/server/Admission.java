package io.ampgate.ocpp.server;

import io.ampgate.ocpp.security.HandshakeDecision;
import io.ampgate.ocpp.security.HandshakeRequest;

/** Decides whether a station may connect; called on Jetty's thread for each upgrade request. */
@FunctionalInterface
public interface Admission {

    /** The verdict for one request. */
    HandshakeDecision admit(HandshakeRequest request);
}
