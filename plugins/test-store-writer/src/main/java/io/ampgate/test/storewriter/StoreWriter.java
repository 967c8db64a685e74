package io.ampgate.test.storewriter;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.measurement.MeasurementRepository;
import io.ampgate.store.measurement.Sample;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionMeterValue;
import io.ampgate.store.session.SessionMeterValueRepository;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.session.SessionStart;
import io.ampgate.store.session.SessionStop;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Writes sessions, their meter values and measurement batches without pause, and lists every
 * session whose stop was committed in {@code ${ampgate.data}/writer/committed.txt} (forced to disk).
 * A test fixture of the durability test: never shipped.
 */
@Component(service = {}, immediate = true, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class StoreWriter implements Runnable {
    static final String STATION = "WRITER-1";
    static final String BADGE = "DURABLE";
    static final String METER = "WRITER-M1";

    private final SessionRepository sessions;
    private final SessionMeterValueRepository meterValues;
    private final MeasurementRepository measurements;
    private final Path committed;
    private final Clock clock = Clock.systemUTC();
    private final Thread thread;
    private volatile boolean running = true;
    private long register; // the connector's energy register, Wh
    private long nextSample; // epoch ms of the next measurement sample

    @Activate
    public StoreWriter(BundleContext context, @Reference SessionRepository sessions,
            @Reference SessionMeterValueRepository meterValues, @Reference MeasurementRepository measurements)
            throws IOException {
        this.sessions = sessions;
        this.meterValues = meterValues;
        this.measurements = measurements;
        this.committed = Path.of(context.getProperty("ampgate.data"), "writer", "committed.txt");
        Files.createDirectories(committed.getParent());
        thread = new Thread(this, "ampgate-test-store-writer");
        thread.start();
    }

    @Override
    public void run() {
        try (FileChannel out = FileChannel.open(committed, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            // after a restart, the samples go on after those stored before (the clock may be behind them)
            Instant now = clock.instant();
            List<Sample> recent = measurements.samples(METER, now.minusSeconds(3600), now.plusSeconds(3600));
            nextSample = recent.isEmpty() ? 0 : recent.get(recent.size() - 1).at().toEpochMilli() + 1;
            for (long n = 0; running; n++) {
                try {
                    Session s = session(n); // returns once its stop is committed
                    out.write(ByteBuffer.wrap((s.id() + " " + s.energyWh() + "\n").getBytes(StandardCharsets.US_ASCII)));
                    out.force(true);
                    measurements();
                } catch (RuntimeException e) {
                    if (running) {
                        System.err.println("test store writer: " + e);
                        Thread.sleep(100);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("test store writer stopped: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One session with three meter values, start to stop; returns the stopped session. */
    private Session session(long n) {
        Instant start = clock.instant();
        long energy = 500 + (n % 10) * 37;
        Session s = sessions.start(new SessionStart(STATION, 1, BADGE, "Durable Holder", null, null,
                StartedBy.LOCAL_BADGE, start, register));
        List<SessionMeterValue> values = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            values.add(new SessionMeterValue(s.id(), start.plusMillis(i), register + energy * i / 3.0, 7400,
                    PhaseValues.all(2466.7), PhaseValues.all(10.7), PhaseValues.all(230)));
        }
        meterValues.append(values);
        Instant stop = clock.instant();
        Session stopped = sessions.stop(s.id(), new SessionStop(stop.isBefore(start.plusMillis(3)) ? start.plusMillis(3) : stop,
                register + energy, StoppedBy.EV, null, StopReason.EV_DISCONNECTED, new BigDecimal("0.25")))
                .orElseThrow(() -> new IllegalStateException("session " + s.id() + " vanished before its stop"));
        register += energy;
        return stopped;
    }

    /** A batch of 50 samples, one per millisecond, after every sample stored before. */
    private void measurements() {
        nextSample = Math.max(nextSample, clock.millis());
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            samples.add(new Sample(METER, Instant.ofEpochMilli(nextSample++), PhaseValues.all(230), PhaseValues.all(10),
                    PhaseValues.all(2300), 6900, register, 0));
        }
        measurements.write(samples);
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        thread.join(5_000); // one round is a few database calls; an interrupt would close Derby's channels
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(5_000);
        }
    }
}
