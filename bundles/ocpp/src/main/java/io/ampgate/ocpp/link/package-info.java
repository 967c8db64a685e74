/**
 * One station's OCPP-J conversation, independent of the WebSocket library: inbound CALLs are
 * checked, handled one at a time and answered; outbound CALLs wait in line so that at most one is
 * outstanding, and time out. Private to the bundle.
 */
package io.ampgate.ocpp.link;
