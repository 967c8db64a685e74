/**
 * The strategy contract of the energy manager (EMS).
 *
 * <p>Each control cycle the EMS takes an {@link io.ampgate.api.ems.EmsSnapshot} of the site and hands
 * it to every enabled {@link io.ampgate.api.ems.Strategy}. A strategy does not compute setpoints: it
 * adds constraints to the allocation problem through {@link io.ampgate.api.ems.Constraints}. The
 * allocator then shares the current per site phase, down the zone tree, by priority and fair share,
 * with every connector at or above its minimum current or paused in a queue.
 *
 * <p>Rules every strategy can rely on:
 *
 * <ul>
 *   <li><b>Strategies only tighten.</b> Each kind of constraint composes so that adding one can
 *       only reduce what connectors get: zone caps and connector maxima by the minimum, connector
 *       minima by the maximum, session limits by the minimum, admission denials by "any denial
 *       wins". The zones' own limits are the starting point; nothing raises them.
 *   <li><b>The grid signal outranks everything.</b> Because composition only tightens, a cap set
 *       by the grid-signal strategy holds whatever PV, tariff or comfort strategies ask for; when
 *       a connector's minimum does not fit under the caps, the connector waits instead.
 *   <li><b>Order does not change the result</b>, only the report: strategies run in service
 *       ranking order, and when several constraints bind equally the first one is reported.
 *   <li><b>Units and frames.</b> Zone caps are currents in A per <em>site</em> phase, on the sum
 *       of the connectors under the zone (the EV share, not the zone's other loads). Connector
 *       bounds are currents in A on each phase the connector uses. {@code NaN} in a cap means no
 *       cap on that phase.
 *   <li><b>Reasons are for the operator.</b> Every constraint carries a short reason (e.g.
 *       {@code "PV surplus 14.2 A"}); the EMS shows the reason of the binding constraint next to
 *       each setpoint, attributed to the strategy that set it.
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.ampgate.api.ems;
