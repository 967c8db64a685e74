/**
 * The WebSocket side of the central system: the Jetty server that stations connect to, the
 * handshake, liveness by ping and pong. What is said over a connection is the business of
 * {@link io.ampgate.ocpp.link.StationLink}. Private to the bundle.
 */
package io.ampgate.ocpp.server;
