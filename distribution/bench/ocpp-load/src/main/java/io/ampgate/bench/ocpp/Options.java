package io.ampgate.bench.ocpp;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a load run, from {@code --name value} pairs.
 *
 * @param uri the central system's base URI, {@code ws://127.0.0.1:PORT/ocpp/}
 * @param stations how many stations connect (identities {@link Seeder#stationId})
 * @param badges how many badges exist (identities {@link Seeder#badgeId}); sessions pick one at random
 * @param steady how long the steady state lasts once every station has booted
 * @param batch how many stations connect and boot at a time during the ramp-up
 * @param heartbeat the heartbeat period
 * @param meterValues the MeterValues period
 * @param sessionMin the shortest session, StartTransaction to StopTransaction
 * @param sessionMax the longest session
 * @param pauseMin the shortest pause between two sessions of one station
 * @param pauseMax the longest pause
 * @param callTimeout how long a CALL may wait for its answer before it counts as unanswered
 * @param gatewayPid the gateway's process id, for its memory and CPU time
 * @param p99Target the p99 a run must stay under
 * @param rssTargetMb the resident memory the gateway must stay under, in MB
 * @param seed the seed of the random spreads, so that two runs send the same schedule
 */
record Options(URI uri, int stations, int badges, Duration steady, int batch, Duration heartbeat,
        Duration meterValues, Duration sessionMin, Duration sessionMax, Duration pauseMin, Duration pauseMax,
        Duration callTimeout, long gatewayPid, Duration p99Target, long rssTargetMb, long seed) {

    private static final Set<String> NAMES = Set.of("uri", "stations", "badges", "seconds", "batch", "heartbeat",
            "meter-values", "session-min", "session-max", "pause-min", "pause-max", "call-timeout",
            "gateway-pid", "p99-ms", "rss-mb", "seed");

    Options {
        if (stations < 1 || badges < 1 || batch < 1) {
            throw new IllegalArgumentException("stations, badges and batch must be at least 1");
        }
        if (sessionMax.compareTo(sessionMin) < 0 || pauseMax.compareTo(pauseMin) < 0) {
            throw new IllegalArgumentException("a maximum is below its minimum");
        }
    }

    /**
     * Reads {@code --name value} pairs ({@code --seconds} for the steady state, the periods in seconds);
     * {@code --uri} and {@code --gateway-pid} are required, the rest have the benchmark's defaults.
     */
    static Options parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!NAMES.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
            }
            given.put(name, args[i + 1]);
        }
        if (!given.containsKey("uri") || !given.containsKey("gateway-pid")) {
            throw new IllegalArgumentException("--uri and --gateway-pid are required");
        }
        try {
            return new Options(URI.create(given.get("uri")), number(given, "stations", 2000),
                    number(given, "badges", 4000), seconds(given, "seconds", 300), number(given, "batch", 100),
                    seconds(given, "heartbeat", 30), seconds(given, "meter-values", 10),
                    seconds(given, "session-min", 120), seconds(given, "session-max", 240),
                    seconds(given, "pause-min", 60), seconds(given, "pause-max", 180),
                    seconds(given, "call-timeout", 10), number(given, "gateway-pid", 0),
                    Duration.ofMillis(number(given, "p99-ms", 50)), number(given, "rss-mb", 1024),
                    number(given, "seed", 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        return given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
    }

    private static Duration seconds(Map<String, String> given, String name, int fallback) {
        return Duration.ofSeconds(number(given, name, fallback));
    }
}
