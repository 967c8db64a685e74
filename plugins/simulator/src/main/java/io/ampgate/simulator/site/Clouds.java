package io.ampgate.simulator.site;

import java.time.Instant;

/**
 * Clouds passing over the PV array: a slow noise of the seed (a new value every six minutes) that,
 * where it rises above {@code 1 - cloudiness}, shades the array down to a fifth of its output,
 * with edges of a minute or two. Cloudiness 0 is a clear sky, 1 an overcast one.
 */
public record Clouds(double cloudiness, long seed) {

    static final double SHADE = 0.8;
    private static final long STREAM = 200;
    private static final double MINUTES = 6;
    private static final double EDGE = 0.1;

    public Clouds {
        if (cloudiness < 0 || cloudiness > 1) {
            throw new IllegalArgumentException("cloudiness is from 0 (clear) to 1 (overcast), not " + cloudiness);
        }
    }

    /** The share of the sunlight that reaches the array at {@code time}, 1 - {@link #SHADE} to 1. */
    public double factor(Instant time) {
        if (cloudiness == 0) {
            return 1;
        }
        double cover = (Noise.smooth(seed, STREAM, time.getEpochSecond() / 60.0 / MINUTES) + 1) / 2;
        double shade = Math.clamp((cover - (1 - cloudiness)) / EDGE, 0, 1);
        return 1 - SHADE * shade;
    }
}
