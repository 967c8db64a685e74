/**
 * OCPP-J 1.6 framing: the three message types (CALL, CALLRESULT, CALLERROR), the CALLERROR codes
 * and the codec between frames and WebSocket text. Private to the bundle.
 */
package io.ampgate.ocpp.rpc;
