/**
 * How a station proves who it is when it connects (OCPP 1.6 security profiles 0 to 3): the
 * handshake decision, Basic-auth credentials, password hashes, the server's TLS key store and
 * the trusted station certificates. Plain Java, no Jetty: the server calls these. Private to the
 * bundle.
 */
package io.ampgate.ocpp.security;
