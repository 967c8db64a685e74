package io.ampgate.store.jdbc.measurement;

import io.ampgate.api.meter.Meter;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.store.measurement.MeasurementRepository;
import io.ampgate.store.measurement.Sample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Records every meter's readings: at each sample interval, one batch with the last reading of each
 * meter that is newer than the one stored before; every {@link #MAINTENANCE} it rolls up the
 * complete buckets (a margin behind, for late readings) and purges what is past its retention.
 * One thread of its own does it all.
 */
@Component(service = {}, configurationPid = MeasurementRecorder.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = MeasurementRecorder.Config.class)
public final class MeasurementRecorder {
    public static final String PID = "io.ampgate.store.measurements";
    /** How often roll-ups and purges run. */
    public static final Duration MAINTENANCE = Duration.ofMinutes(15);

    @ObjectClassDefinition(name = "Measurements", description = "How often meter readings are stored and how long they are kept.")
    public @interface Config {
        @AttributeDefinition(name = "Sample interval (s)", min = "1", description = "How often each meter's reading is stored")
        int sampleIntervalSeconds() default 60;

        @AttributeDefinition(name = "Keep raw samples (days)", min = "1")
        int rawDays() default 35;

        @AttributeDefinition(name = "Keep 15-minute roll-ups (days)", min = "0", description = "0 keeps them forever")
        int quarterHourDays() default 400;

        @AttributeDefinition(name = "Keep hourly roll-ups (days)", min = "0", description = "0 keeps them forever")
        int hourDays() default 1826;

        @AttributeDefinition(name = "Keep daily roll-ups (days)", min = "0", description = "0 keeps them forever")
        int dayDays() default 0;

        @AttributeDefinition(name = "Time zone", required = false,
                description = "Where hours and days of the roll-ups start, e.g. Europe/Berlin; empty for the system's")
        String timeZone() default "";
    }

    private final MeasurementRepository repository;
    private final RecorderSettings settings;
    private final Clock clock;
    private final Logger logger;
    private final List<Meter> meters = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();
    private Instant nextMaintenance = Instant.MIN;
    private ScheduledExecutorService executor;

    @Activate
    public MeasurementRecorder(@Reference MeasurementRepository repository, Config config,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this(repository, RecorderSettings.of(config), Clock.systemUTC(), logger);
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ampgate-measurements"));
        long period = settings.interval().toMillis();
        executor.scheduleWithFixedDelay(this::tickNow, period, period, TimeUnit.MILLISECONDS);
    }

    /** Without a thread: the caller calls {@link #tick}. */
    public MeasurementRecorder(MeasurementRepository repository, RecorderSettings settings, Clock clock, Logger logger) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.logger = logger;
    }

    @Reference(service = Meter.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addMeter(Meter meter) {
        meters.add(meter);
    }

    public void removeMeter(Meter meter) {
        meters.remove(meter);
    }

    @Deactivate
    void stop() throws InterruptedException {
        executor.shutdown();
        // within the gateway's stop budget (9 s for everything), so the database still shuts down cleanly
        if (!executor.awaitTermination(4, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    private void tickNow() {
        try {
            tick(clock.instant());
        } catch (RuntimeException e) {
            logger.error("Recording measurements failed: {}", e.toString(), e); // and the next tick tries again
        }
    }

    /**
     * One sample interval: stores the new readings and, when it is time, rolls up and purges.
     *
     * @param now the current time
     * @return how many samples were stored
     */
    public synchronized int tick(Instant now) {
        List<Sample> batch = new ArrayList<>();
        Map<String, Instant> newest = new HashMap<>();
        for (Meter meter : meters) {
            try {
                String id = meter.info().id();
                Optional<MeterReading> reading = meter.lastReading();
                if (reading.isPresent() && !newest.containsKey(id)) {
                    Instant at = reading.get().timestamp().truncatedTo(ChronoUnit.MILLIS);
                    Instant last = lastWritten.get(id);
                    if (last == null || at.isAfter(last)) {
                        batch.add(Sample.of(id, reading.get()));
                        newest.put(id, at);
                    }
                }
            } catch (RuntimeException e) {
                logger.warn("Skipping a reading of meter {}: {}", describe(meter), e.toString());
            }
        }
        int written = 0;
        if (!batch.isEmpty()) {
            try {
                written = repository.write(batch);
                lastWritten.putAll(newest);
            } catch (RuntimeException e) {
                logger.warn("Could not store {} meter readings: {}", batch.size(), e.getMessage());
            }
        }
        if (!now.isBefore(nextMaintenance)) {
            nextMaintenance = now.plus(MAINTENANCE);
            maintain(now);
        }
        return written;
    }

    /** Rolls up what is complete, with a margin for readings that arrive late, and purges. */
    private void maintain(Instant now) {
        try {
            repository.rollUp(now.minus(lateMargin()), settings.zone());
        } catch (RuntimeException e) {
            logger.warn("Could not roll up measurements: {}", e.getMessage());
        }
        try {
            repository.purge(settings.retention(), now);
        } catch (RuntimeException e) {
            logger.warn("Could not purge old measurements: {}", e.getMessage());
        }
    }

    /** Two sample intervals and a minute: a bucket is rolled up once its late readings are in. */
    Duration lateMargin() {
        return settings.interval().multipliedBy(2).plusMinutes(1);
    }

    private static String describe(Meter meter) {
        try {
            return meter.info().id();
        } catch (RuntimeException e) {
            return String.valueOf(meter);
        }
    }
}
