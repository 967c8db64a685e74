/**
 * The central system itself: what the gateway answers to each station message, the stations'
 * live state, registration, the ChargingStation services, the message log and the component
 * that wires it all. Private to the bundle.
 */
package io.ampgate.ocpp.central;
