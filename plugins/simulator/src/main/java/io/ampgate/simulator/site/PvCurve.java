package io.ampgate.simulator.site;

import java.time.ZonedDateTime;

/**
 * What the PV array produces: its peak power times the daylight, under the clouds.
 *
 * @param peakW the array's peak power, W (0: no PV)
 */
public record PvCurve(double peakW, Daylight daylight, Clouds clouds) {

    public PvCurve {
        if (peakW < 0) {
            throw new IllegalArgumentException("PV peak power must be at least 0 W, not " + peakW);
        }
    }

    /** The production at {@code time}, W (positive). */
    public double watts(ZonedDateTime time) {
        return peakW * daylight.fraction(time) * clouds.factor(time.toInstant());
    }
}
