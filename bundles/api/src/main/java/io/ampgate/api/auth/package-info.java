/**
 * Badge authorization: the {@link io.ampgate.api.auth.Authorizer} service that station drivers ask
 * whether a badge (an OCPP idTag, an RFID UID read by a Modbus charger) may charge here and now.
 * The core provides it from the site's badges; drivers only ask and pass the answer on.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.api.auth;
