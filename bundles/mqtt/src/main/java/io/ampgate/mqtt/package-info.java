/**
 * The gateway's connection to the site's MQTT broker, shared by everything the gateway exchanges
 * over MQTT (the grid signal, the building-management feed): one {@link io.ampgate.mqtt.MqttConnection}
 * service, present only when the broker is configured (PID {@code io.ampgate.mqtt}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.mqtt;
