package io.ampgate.simulator.site;

/**
 * Deterministic noise: a pure function of a seed, a stream (which quantity) and a position, so
 * that the site's curves are functions of time and seed alone, with no random generator state.
 */
final class Noise {

    private Noise() {
    }

    /** A value in [-1, 1) for each integer position; unrelated from one position to the next. */
    static double at(long seed, long stream, long index) {
        return (hashOf(seed, stream, index) >>> 11) * 0x1.0p-52 - 1;
    }

    /** 64 well-mixed bits for each seed, stream and position (SplitMix64's finalizer). */
    static long hashOf(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@link #at} at the integer positions, joined by a smooth (cosine) curve in between. */
    static double smooth(long seed, long stream, double position) {
        double floor = Math.floor(position);
        double weight = (1 - Math.cos(Math.PI * (position - floor))) / 2;
        long index = (long) floor;
        return at(seed, stream, index) * (1 - weight) + at(seed, stream, index + 1) * weight;
    }
}
