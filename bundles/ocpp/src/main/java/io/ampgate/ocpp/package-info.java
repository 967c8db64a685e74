/**
 * The OCPP central system as the rest of the gateway uses it: {@link io.ampgate.ocpp.CentralSystem}
 * sends any of the 19 central-system messages to a station, typed ({@link io.ampgate.ocpp.message}),
 * and registers stations and their security settings.
 */
@Export
@Version("1.1.0")
package io.ampgate.ocpp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
