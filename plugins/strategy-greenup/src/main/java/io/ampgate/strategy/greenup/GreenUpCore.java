package io.ampgate.strategy.greenup;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.site.Zone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The green-up state machine, without OSGi and without a clock: {@code (settings, state, snapshot)
 * -> (new state, directives)}. Time advances only with {@link EmsSnapshot#time()}.
 *
 * <p>Each cycle: (1) the sessions are updated from the connectors (new ones start waiting unless
 * already drawing, ended or vanished ones are forgotten, delivered Ah grows by the last measured
 * current times the time since the last cycle); (2) the colour follows the zone's meter with
 * hysteresis; (3) at most one action is taken, and only when {@link GreenUpSettings#settle()} has
 * passed since the last one; (4) the directives are derived from the sessions and the colour.
 */
public final class GreenUpCore {

    /** A connector drawing at least this much (A, highest phase) is charging. */
    static final double DRAWING_A = 1.0;

    private GreenUpCore() {
    }

    /**
     * What green-up asks of one connector in a cycle.
     *
     * @param stationId the station
     * @param connector the connector
     * @param maxA the maximum in A, or {@code NaN} for none
     * @param deny whether no new session may start on it
     * @param reason why, for the operator
     */
    public record Directive(String stationId, int connector, double maxA, boolean deny, String reason) {
    }

    /**
     * The outcome of one cycle.
     *
     * @param state the state for the next cycle
     * @param colour the colour of this cycle
     * @param amps the measured current (A, highest phase), {@code NaN} without a reading
     * @param action what the cycle did, e.g. {@code "reduce CP1/1 to step 1"}, or {@code null}
     * @param directives the constraints to write, in connector order
     */
    public record Result(GreenUpState state, Colour colour, double amps, String action, List<Directive> directives) {
        /**
         * Copies the directives.
         */
        public Result {
            directives = List.copyOf(directives);
        }

        /**
         * The directive for one connector.
         *
         * @param stationId the station
         * @param connector the connector
         * @return the directive, or empty if green-up asks nothing of it
         */
        public Optional<Directive> directive(String stationId, int connector) {
            return directives.stream()
                    .filter(d -> d.stationId().equals(stationId) && d.connector() == connector)
                    .findFirst();
        }
    }

    static String key(String stationId, int connector) {
        return stationId + "/" + connector;
    }

    private static String key(ConnectorSnapshot c) {
        return key(c.stationId(), c.connector());
    }

    /** The current drawn on the most loaded phase, 0 where nothing is measured. */
    static double amps(ConnectorSnapshot c) {
        double max = c.state().current().max();
        return Double.isNaN(max) || max < 0 ? 0 : max;
    }

    private static boolean occupied(ConnectorSnapshot c) {
        return c.state().status().isOccupied() || c.state().sessionId() != null;
    }

    /** Priority: chosen by the operator or the settings, or VIP. */
    private static boolean priority(GreenUpSettings s, ConnectorSnapshot c, Session session) {
        return s.isPriority(c.stationId(), c.connector(), session) || c.isVip() || c.priority() > 0;
    }

    private static boolean waits(GreenUpSettings s, ConnectorSnapshot c, Session session) {
        return s.isWait(c.stationId(), c.connector(), session);
    }

    /**
     * Runs one cycle.
     *
     * @param settings the settings
     * @param previous the state after the previous cycle ({@link GreenUpState#INITIAL} at first)
     * @param snapshot the site now
     * @return the new state and what to constrain
     */
    public static Result step(GreenUpSettings settings, GreenUpState previous, EmsSnapshot snapshot) {
        Instant now = snapshot.time();
        String zoneId = settings.zoneId().isEmpty()
                ? snapshot.root().map(Zone::id).orElse(null)
                : snapshot.zone(settings.zoneId()).map(Zone::id).orElse(null);
        List<ConnectorSnapshot> connectors = zoneId == null ? List.of() : snapshot.connectorsUnder(zoneId);

        Map<String, Session> sessions = track(previous, connectors, now);
        Map<String, ConnectorSnapshot> byKey = new LinkedHashMap<>();
        connectors.forEach(c -> byKey.put(key(c), c));

        double amps = zoneId == null ? Double.NaN
                : snapshot.zoneReading(zoneId).map(MeterReading::current).map(p -> p.max()).orElse(Double.NaN);
        boolean measured = !Double.isNaN(amps);
        Colour colour;
        if (!measured) {
            colour = previous.colour(); // hold: no reading, no change and no action
        } else if (!previous.measured()) {
            colour = Colour.of(amps, settings.chargingCurrent(), settings.maxCurrent());
        } else {
            colour = previous.colour().next(amps, settings.hysteresisA(), settings.chargingCurrent(),
                    settings.maxCurrent());
        }

        Instant lastAction = previous.lastAction();
        long reductions = previous.reductions();
        String action = null;
        boolean settled = lastAction == null || !now.isBefore(lastAction.plus(settings.settle()));
        if (measured && settled) {
            Actor actor = new Actor(settings, sessions, byKey, now, reductions);
            action = switch (colour) {
                case GREEN -> actor.recover();
                case YELLOW -> actor.makeRoom();
                case RED -> actor.shed();
            };
            if (action != null) {
                lastAction = now;
                reductions = actor.reductions;
            }
        }
        List<Directive> directives = directives(settings, sessions, connectors, colour);
        return new Result(new GreenUpState(colour, previous.measured() || measured, sessions, lastAction, reductions),
                colour, amps, action, directives);
    }

    private static Map<String, Session> track(GreenUpState previous, List<ConnectorSnapshot> connectors,
            Instant now) {
        Map<String, Session> sessions = new LinkedHashMap<>();
        for (ConnectorSnapshot c : connectors) {
            if (!occupied(c)) {
                continue; // no session (any more): forgotten
            }
            String id = c.state().sessionId();
            Session old = previous.sessions().get(key(c));
            Session s;
            if (old == null || (old.sessionId != null && id != null && !old.sessionId.equals(id))) {
                s = new Session(id, now);
                if (amps(c) >= DRAWING_A) {
                    s.admitted = true; // found charging (e.g. the strategy has just started)
                } else {
                    s.waitingSince = now;
                }
            } else {
                s = old.copy();
                if (s.sessionId == null) {
                    s.sessionId = id;
                }
                if (now.isAfter(s.lastTime)) {
                    s.deliveredAh += s.lastAmps * Duration.between(s.lastTime, now).toMillis() / 3_600_000.0;
                }
            }
            if (now.isAfter(s.lastTime)) {
                s.lastTime = now;
            }
            s.lastAmps = amps(c);
            sessions.put(key(c), s);
        }
        return sessions;
    }

    /** Takes at most one action on the sessions of a cycle. */
    private static final class Actor {
        final GreenUpSettings settings;
        final Map<String, Session> sessions;
        final Map<String, ConnectorSnapshot> connectors;
        final Instant now;
        long reductions;

        Actor(GreenUpSettings settings, Map<String, Session> sessions, Map<String, ConnectorSnapshot> connectors,
                Instant now, long reductions) {
            this.settings = settings;
            this.sessions = sessions;
            this.connectors = connectors;
            this.now = now;
            this.reductions = reductions;
        }

        boolean priority(String key) {
            return GreenUpCore.priority(settings, connectors.get(key), sessions.get(key));
        }

        boolean operatorWait(String key) {
            return waits(settings, connectors.get(key), sessions.get(key));
        }

        /** Priority first, then the longest waiting. */
        List<String> queue() {
            return sessions.entrySet().stream()
                    .filter(e -> !e.getValue().admitted && !operatorWait(e.getKey()))
                    .sorted(Comparator.<Map.Entry<String, Session>, Boolean>comparing(e -> !priority(e.getKey()))
                            .thenComparing(e -> e.getValue().waitingSince)
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        /**
         * Admitted sessions below the second step (not those the operator holds in Wait, which draw
         * nothing): non-priority first, lowest step, connected longest.
         */
        List<String> reducible() {
            return sessions.entrySet().stream()
                    .filter(e -> e.getValue().admitted && e.getValue().step < 2 && !operatorWait(e.getKey()))
                    .sorted(Comparator.<Map.Entry<String, Session>, Boolean>comparing(e -> priority(e.getKey()))
                            .thenComparingInt(e -> e.getValue().step)
                            .thenComparing(e -> e.getValue().connectedSince)
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        String reduce(String key) {
            Session s = sessions.get(key);
            s.step++;
            if (s.reducedOrder == 0) {
                s.reducedOrder = ++reductions;
            }
            return "reduce " + key + " to step " + s.step;
        }

        /** Green: admit or resume the head of the queue, otherwise raise the session reduced first. */
        String recover() {
            List<String> queue = queue();
            if (!queue.isEmpty()) {
                String key = queue.get(0);
                Session s = sessions.get(key);
                s.admitted = true;
                s.waitingSince = null;
                if (s.stopped) {
                    s.stopped = false;
                    s.step = 2; // resumes low; raised later like any reduced session
                    return "resume " + key + " at step 2";
                }
                return "admit " + key;
            }
            return sessions.entrySet().stream()
                    .filter(e -> e.getValue().admitted && e.getValue().step > 0 && !operatorWait(e.getKey()))
                    .min(Comparator.comparingLong(e -> e.getValue().reducedOrder))
                    .map(e -> {
                        Session s = e.getValue();
                        s.step--;
                        if (s.step == 0) {
                            s.reducedOrder = 0;
                            return "raise " + e.getKey() + " to full current";
                        }
                        return "raise " + e.getKey() + " to step " + s.step;
                    })
                    .orElse(null);
        }

        /** Yellow: if a session waits to start, reduce one running session by one step. */
        String makeRoom() {
            if (queue().isEmpty()) {
                return null;
            }
            List<String> reducible = reducible();
            return reducible.isEmpty() ? null : reduce(reducible.get(0));
        }

        /** Red: reduce every running session by one step; at the second step, stop one. */
        String shed() {
            List<String> reducible = reducible();
            if (!reducible.isEmpty()) {
                List<String> done = new ArrayList<>();
                for (String key : reducible) {
                    reduce(key);
                    done.add(key);
                }
                return "reduce " + String.join(", ", done) + " by one step";
            }
            return sessions.entrySet().stream()
                    .filter(e -> e.getValue().admitted && !priority(e.getKey()) && !operatorWait(e.getKey())
                            && e.getValue().deliveredAh >= settings.minimumChargeAh())
                    .min(Comparator.<Map.Entry<String, Session>, Instant>comparing(e -> e.getValue().connectedSince)
                            .thenComparing(Map.Entry::getKey))
                    .map(e -> {
                        Session s = e.getValue();
                        s.stopped = true;
                        s.admitted = false;
                        s.waitingSince = now;
                        return "stop " + e.getKey();
                    })
                    .orElse(null);
        }
    }

    private static List<Directive> directives(GreenUpSettings settings, Map<String, Session> sessions,
            List<ConnectorSnapshot> connectors, Colour colour) {
        String colourName = colour.name().toLowerCase(Locale.ROOT);
        List<Directive> out = new ArrayList<>();
        for (ConnectorSnapshot c : connectors) {
            Session s = sessions.get(key(c));
            if (waits(settings, c, s)) {
                out.add(new Directive(c.stationId(), c.connector(), 0, true, "green-up: set to Wait by the operator"));
            } else if (s == null) {
                if (colour != Colour.GREEN) {
                    out.add(new Directive(c.stationId(), c.connector(), Double.NaN, true,
                            "green-up: " + colourName + ", no new session"));
                }
            } else if (s.stopped) {
                out.add(new Directive(c.stationId(), c.connector(), 0, true,
                        "green-up: stopped in red after " + format(s.deliveredAh) + " Ah, resumes in green"));
            } else if (!s.admitted) {
                out.add(new Directive(c.stationId(), c.connector(), Double.NaN, true,
                        colour == Colour.GREEN ? "green-up: waiting its turn to start"
                                : "green-up: " + colourName + ", no new session"));
            } else if (s.step > 0) {
                double percent = s.step == 1 ? settings.firstStepPercent() : settings.secondStepPercent();
                out.add(new Directive(c.stationId(), c.connector(),
                        settings.stepCurrent(s.step, c.info().maxCurrent()), false,
                        "green-up: " + colourName + ", reduction step " + s.step + " (" + format(percent)
                                + " % of " + format(c.info().maxCurrent()) + " A)"));
            }
        }
        return out;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
