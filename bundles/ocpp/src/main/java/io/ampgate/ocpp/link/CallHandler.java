package io.ampgate.ocpp.link;

import com.fasterxml.jackson.databind.JsonNode;

/** Answers the CALLs a station sends; called for one CALL of a station at a time. */
@FunctionalInterface
public interface CallHandler {

    /**
     * Handles a CALL whose payload is valid against the action's schema.
     *
     * @param action the OCPP action
     * @param payload the request payload
     * @return the response payload
     * @throws CallRefusal to answer with a CALLERROR
     */
    JsonNode handle(String action, JsonNode payload) throws CallRefusal;
}
