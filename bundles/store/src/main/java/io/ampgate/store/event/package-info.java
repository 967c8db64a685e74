/**
 * The site's journal: events and alerts of stations, meters and the gateway itself, which an operator
 * reviews and acknowledges, and the log of the OCPP messages exchanged with the stations, kept within
 * bounds. Instants are kept to the millisecond.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.store.event;
