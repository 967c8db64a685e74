/**
 * What every device driver (meter, charging station, signal source) reports about itself: its
 * communication health.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.api.device;
