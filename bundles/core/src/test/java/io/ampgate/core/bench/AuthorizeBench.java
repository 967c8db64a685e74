package io.ampgate.core.bench;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.api.auth.AuthorizationRequest.Purpose;
import io.ampgate.core.auth.AuthorizerComponent;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.session.JdbcSessionRepository;
import io.ampgate.store.jdbc.site.JdbcBadgeRepository;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.jdbc.site.JdbcStationRepository;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.Station;
import io.ampgate.store.testing.BenchDatabase;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one badge decision takes (the core's Authorizer over the store) with 10 and with 10,000
 * badges: an Authorize and a StartTransaction decision for a random known badge. Run it with
 * {@code ./mvnw -B -pl bundles/core -am -Pbench process-test-classes} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuthorizeBench {

    @Param({"10", "10000"})
    public int badges;

    @Param({"DERBY", "POSTGRESQL"})
    public Dialect dialect;

    private BenchDatabase database;
    private AuthorizerComponent authorizer;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = BenchDatabase.open(dialect);
        PooledDatabase db = database.db();
        JdbcBadgeRepository badgeRepository = new JdbcBadgeRepository(db);
        JdbcStationRepository stations = new JdbcStationRepository(db);
        stations.save(Station.unregistered("CP1"));
        List<Badge> all = new ArrayList<>();
        for (int i = 0; i < badges; i++) {
            all.add(Badge.of(uid(i), "Holder " + i));
        }
        badgeRepository.addAll(all);
        authorizer = new AuthorizerComponent(badgeRepository, stations, new JdbcSessionRepository(db),
                new JdbcSettingsRepository(db), new io.ampgate.store.jdbc.site.JdbcCardListRepository(db));
    }

    private static String uid(int i) {
        return String.format("04%012X", i * 7919L);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        database.close();
    }

    private String someBadge() {
        next = (next * 31 + 17) % badges;
        return uid(next);
    }

    /** An OCPP Authorize: the badge before plugging in. */
    @Benchmark
    public Authorization authorize() {
        return authorizer.authorize(new AuthorizationRequest(someBadge(), "CP1", 0, Purpose.AUTHORIZE, Instant.now()));
    }

    /** An OCPP StartTransaction's decision on connector 1. */
    @Benchmark
    public Authorization startTransaction() {
        return authorizer.authorize(new AuthorizationRequest(someBadge(), "CP1", 1, Purpose.START, Instant.now()));
    }
}
