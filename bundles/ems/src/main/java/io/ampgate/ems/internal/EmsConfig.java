package io.ampgate.ems.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The energy manager's settings (PID {@code io.ampgate.ems}). */
@ObjectClassDefinition(name = "Energy manager", description = "The control cycle that shares the site's current among the charging connectors.")
public @interface EmsConfig {

    @AttributeDefinition(name = "Enabled", description = "Off: no setpoint is sent (stations keep what they last got).")
    boolean enabled() default true;

    @AttributeDefinition(name = "Cycle (ms)", description = "How often the cycle runs; it also runs at once when a session starts or stops.", min = "200", max = "60000")
    int cycleMillis() default 1000;

    @AttributeDefinition(name = "Meter watch (ms)", description = "How often the newest zone-meter readings are checked between cycles; a reading above its zone's limit runs the cycle at once. 0: off.", min = "0", max = "10000")
    int meterWatchMillis() default 100;

    @AttributeDefinition(name = "Hysteresis (A)", description = "Increases smaller than this are not sent (reductions always are).", min = "0", max = "10")
    double hysteresisA() default 1.0;

    @AttributeDefinition(name = "Ramp step (A per cycle)", description = "The most a setpoint rises in one cycle; reductions are immediate.", min = "1", max = "80")
    double rampStepA() default 4.0;

    @AttributeDefinition(name = "Minimum on time (s)", description = "A car that started keeps its place this long before it may be paused for another.", min = "0", max = "3600")
    int minOnSeconds() default 120;

    @AttributeDefinition(name = "Minimum off time (s)", description = "A car that was paused stays paused this long before it may start again.", min = "0", max = "3600")
    int minOffSeconds() default 60;

    @AttributeDefinition(name = "Meter timeout (s)", description = "A zone meter silent longer than this puts its zone on its fallback limit and raises an alert.", min = "1", max = "600")
    int meterTimeoutSeconds() default 10;

    @AttributeDefinition(name = "Confirmation timeout (s)", description = "How long the cycle waits for the stations to confirm reductions before it sends increases.", min = "1", max = "60")
    int confirmSeconds() default 10;
}
