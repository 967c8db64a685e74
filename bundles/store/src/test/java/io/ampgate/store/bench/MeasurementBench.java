package io.ampgate.store.bench;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.measurement.JdbcMeasurementRepository;
import io.ampgate.store.measurement.MeasurementRepository;
import io.ampgate.store.measurement.Sample;
import io.ampgate.store.testing.BenchDatabase;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measurement storage on each database with its default durability (Derby in a fresh folder, a
 * fresh PostgreSQL server with fsync on): the batched insert rate, and reading one month of
 * one-minute samples of one meter out of {@value #METERS} meters. Run it with
 * {@code ./mvnw -B -pl bundles/store -am -Pbench process-test-classes} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class MeasurementBench {
    static final int METERS = 4;
    static final int MONTH = 30 * 24 * 60;
    static final int INSERT_BATCH = 10_000;
    static final Instant MONTH_START = Instant.parse("2026-01-01T00:00:00Z");

    @Param({"DERBY", "POSTGRESQL"})
    public Dialect dialect;

    private BenchDatabase database;
    private PooledDatabase db;
    private MeasurementRepository repository;
    private long nextInsert = Instant.parse("2027-01-01T00:00:00Z").toEpochMilli();

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = BenchDatabase.open(dialect);
        db = database.db();
        repository = new JdbcMeasurementRepository(db);
        for (int day = 0; day < 30; day++) { // the month to read, one day of every meter per write
            List<Sample> batch = new ArrayList<>();
            for (int m = 0; m < METERS; m++) {
                for (int minute = 0; minute < 24 * 60; minute++) {
                    batch.add(sample("meter-" + m, MONTH_START.plus(Duration.ofMinutes(day * 24L * 60 + minute)), minute));
                }
            }
            repository.write(batch);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
    }

    static Sample sample(String meter, Instant at, int i) {
        double power = 5000 + (i % 100) * 10;
        return new Sample(meter, at, PhaseValues.of(230.1, 229.8, 231.0), PhaseValues.all(power / 690),
                PhaseValues.all(power / 3), power, 1_000_000 + i * 80.0, 0);
    }

    /** 10,000 new samples (10 meters x 1,000 instants) per operation; the score is rows per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INSERT_BATCH)
    public int insert() {
        List<Sample> batch = new ArrayList<>(INSERT_BATCH);
        for (int t = 0; t < INSERT_BATCH / 10; t++) {
            Instant at = Instant.ofEpochMilli(nextInsert);
            for (int m = 0; m < 10; m++) {
                batch.add(sample("insert-" + m, at, t));
            }
            nextInsert += 60_000;
        }
        return repository.write(batch);
    }

    /** One month of one-minute samples of one meter: 43,200 rows. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Sample> readMonth() {
        List<Sample> month = repository.samples("meter-2", MONTH_START, MONTH_START.plus(Duration.ofDays(30)));
        if (month.size() != MONTH) {
            throw new IllegalStateException("read " + month.size() + " samples, not " + MONTH);
        }
        return month;
    }
}
