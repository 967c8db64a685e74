/**
 * The energy manager's service: the decision of each control cycle (per zone the cap per phase and
 * what bounded it, per connector the setpoint and why) for the console, the shell and MQTT.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.ems;
