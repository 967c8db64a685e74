/**
 * Event Admin topics and event property keys of Ampgate: what drivers, the core and the EMS post,
 * and what the UI, the store and the MQTT bridge listen to. See {@link io.ampgate.api.event.Topics}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.ampgate.api.event;
