/** The simulated site as a Declarative Services component, configured through Config Admin. */
package io.ampgate.simulator.site.internal;
