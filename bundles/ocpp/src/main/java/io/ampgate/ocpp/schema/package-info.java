/**
 * Validation of OCPP 1.6 payloads: the official JSON schemas, plus the rules they cannot express
 * (time zones on timestamps, charging-profile rules), each failure mapped to its CALLERROR code.
 * Private to the bundle.
 */
package io.ampgate.ocpp.schema;
