package io.ampgate.simulator.site;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * When cars come to each connector: a pure function of the seed, the station's place in the list,
 * the connector and the day. Each day a connector gets about {@code visitsPerDay} candidates (a
 * Poisson number): commuters arriving 07:00-10:00 for 3 to 9 hours, midday visitors 11:00-15:00
 * for 30 min to 2.5 h, evening visitors 16:30-20:30 for 1 to 3 h; every driver leaves by 23:45. A
 * candidate that comes while the connector is still taken goes elsewhere.
 *
 * @param seed the site's seed
 * @param visitsPerDay the mean number of candidates per connector and day
 * @param singlePhaseShare the share of cars that charge on one phase
 * @param minEnergyWh the least energy a car wants, Wh
 * @param maxEnergyWh the most energy a car wants, Wh
 * @param badges the badges drivers show, one picked per car; empty: cars show none
 */
public record ArrivalPlan(long seed, double visitsPerDay, double singlePhaseShare, double minEnergyWh,
        double maxEnergyWh, List<String> badges) {

    private static final LocalTime LAST_DEPARTURE = LocalTime.of(23, 45);
    private static final Duration GAP = Duration.ofMinutes(5);

    public ArrivalPlan {
        if (visitsPerDay < 0 || visitsPerDay > 20) {
            throw new IllegalArgumentException("visits per day are from 0 to 20, not " + visitsPerDay);
        }
        if (singlePhaseShare < 0 || singlePhaseShare > 1) {
            throw new IllegalArgumentException("the single-phase share is from 0 to 1, not " + singlePhaseShare);
        }
        if (minEnergyWh <= 0 || maxEnergyWh < minEnergyWh) {
            throw new IllegalArgumentException("energy wanted: the least (" + minEnergyWh
                    + " Wh) must be above 0 and at most the most (" + maxEnergyWh + " Wh)");
        }
        badges = List.copyOf(badges);
    }

    /** The visits of {@code day} at connector {@code connector} of the {@code station}-th station, by arrival. */
    public List<CarVisit> visits(int station, int connector, LocalDate day, ZoneId zone) {
        SplittableRandom random = new SplittableRandom(
                Noise.hashOf(seed, station * 1000L + connector, day.toEpochDay()));
        int count = poisson(random, visitsPerDay);
        List<CarVisit> candidates = new ArrayList<>();
        Instant latest = day.atTime(LAST_DEPARTURE).atZone(zone).toInstant();
        for (int i = 0; i < count; i++) {
            double kind = random.nextDouble();
            double[] window = kind < 0.55 ? new double[] {7, 10, 3, 9}
                    : kind < 0.8 ? new double[] {11, 15, 0.5, 2.5} : new double[] {16.5, 20.5, 1, 3};
            double arrivalHour = window[0] + random.nextDouble() * (window[1] - window[0]);
            double stayHours = window[2] + random.nextDouble() * (window[3] - window[2]);
            Instant arrival = day.atTime(LocalTime.ofSecondOfDay(Math.round(arrivalHour * 3600))).atZone(zone)
                    .toInstant();
            Instant departure = arrival.plusSeconds(Math.round(stayHours * 3600));
            double energyWh = minEnergyWh + random.nextDouble() * (maxEnergyWh - minEnergyWh);
            int phases = random.nextDouble() < singlePhaseShare ? 1 : 3;
            double maxA = random.nextDouble() < (phases == 1 ? 0.6 : 0.75) ? 16 : 32;
            String badge = badges.isEmpty() ? "" : badges.get(random.nextInt(badges.size()));
            candidates.add(new CarVisit(arrival, departure.isAfter(latest) ? latest : departure,
                    Math.round(energyWh), phases, maxA, badge));
        }
        candidates.sort(Comparator.comparing(CarVisit::arrival));
        List<CarVisit> visits = new ArrayList<>();
        for (CarVisit candidate : candidates) {
            boolean free = visits.isEmpty() || !candidate.arrival().isBefore(visits.getLast().departure().plus(GAP));
            if (free) {
                visits.add(candidate);
            }
        }
        return visits;
    }

    /** The visit whose car is plugged in at {@code time}, if any. */
    public Optional<CarVisit> visitAt(int station, int connector, Instant time, ZoneId zone) {
        return visits(station, connector, time.atZone(zone).toLocalDate(), zone).stream()
                .filter(v -> !v.arrival().isAfter(time) && v.departure().isAfter(time))
                .findFirst();
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
