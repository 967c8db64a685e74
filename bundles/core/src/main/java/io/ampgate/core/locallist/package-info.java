/**
 * What an OCPP station's local authorization list says about each badge: {@link
 * io.ampgate.core.locallist.LocalListRules} turns a badge into the entry a station may use while it
 * cannot ask the gateway.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.core.locallist;
