/**
 * Charging sessions (OCPP transactions) as the site keeps them for billing and history: who charged
 * where, when, how much energy and at what cost, and the meter values taken during each session.
 *
 * <p>A session keeps the station identity, connector number, badge UID and holder name as they were
 * when it started: renaming or deleting a station or a badge later never changes or deletes a
 * session. Energy is in Wh from the connector's meter register; instants are kept to the millisecond.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.ampgate.store.session;
