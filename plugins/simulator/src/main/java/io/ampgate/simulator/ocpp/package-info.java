/**
 * A simulated OCPP 1.6-J charge point: the station side of OCPP-J over the JDK's WebSocket client.
 *
 * <p>{@link io.ampgate.simulator.ocpp.ChargePointSimulator} connects to a central system, sends
 * what stations send (boot, heartbeats, status, transactions, meter values, raw text), and answers
 * the central system's CALLs with what a well-behaved station answers, or with what a test asks
 * for. It is a plain library: nothing here needs OSGi at run time, only Jackson.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package io.ampgate.simulator.ocpp;
