package io.ampgate.api.ems;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An energy-management strategy (static limit, meter-based dynamic limit, PV surplus, grid signal,
 * green-up, ...), registered as an OSGi service by its plugin with the service property
 * {@link #PROP_ID}. Every registered strategy is enabled; strategies run in service ranking order.
 *
 * <p>A strategy is called once per control cycle, on the EMS thread, with a snapshot and a fresh
 * {@link Constraints}. It must return quickly: no I/O, no blocking, no waiting on devices (take
 * what it needs from the snapshot). It may keep its own state between cycles (hysteresis, steps,
 * timers based on {@link EmsSnapshot#time()}), but not the snapshot's {@code Constraints}.
 *
 * <p>A strategy that throws is a fault: for that cycle the EMS applies every zone's fallback limit
 * (it cannot know what the strategy would have restricted) and raises an alert.
 */
@ConsumerType
public interface Strategy {

    /** Service property: the strategy id, equal to {@link #id()} (String). */
    String PROP_ID = "ampgate.strategy.id";

    /**
     * The strategy's id, unique among the enabled strategies, shown with the reasons of its
     * constraints (e.g. {@code "pv"}, {@code "grid-signal"}).
     *
     * @return the id, non-blank
     */
    String id();

    /**
     * Adds this strategy's constraints for one cycle.
     *
     * @param snapshot the site at the start of the cycle
     * @param constraints where to add constraints; valid only during this call
     */
    void shape(EmsSnapshot snapshot, Constraints constraints);
}
