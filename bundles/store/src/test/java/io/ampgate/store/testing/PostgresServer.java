package io.ampgate.store.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, from the machine's Debian packages: a throw-away cluster in
 * a temporary folder, listening only on 127.0.0.1 on a free port, started once per test JVM and
 * stopped when it exits. PostgreSQL refuses to run as root, so as root it runs as the
 * {@code postgres} user that the Debian package creates.
 */
public final class PostgresServer {
    private static PostgresServer shared;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server of this test JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            try {
                shared = start(true);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not start PostgreSQL for the tests: " + e.getMessage(), e);
            }
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-stop"));
        }
        return shared;
    }

    /**
     * Starts a new server. {@code fast} turns off fsync (tests); benchmarks start one with the
     * default durability.
     */
    public static PostgresServer start(boolean fast) throws IOException, InterruptedException {
        Path bin = findBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("ampgate-pg");
        int port = freePort();
        PostgresServer server = new PostgresServer(bin, dir, port, root);
        if (root) {
            server.run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                "-U", "ampgate", "--auth=trust", "-E", "UTF8", "--locale=C"), true);
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                + (fast ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
        server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-o", options,
                "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start"), true);
        try (Connection c = DriverManager.getConnection(server.url("postgres"), "ampgate", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE ampgate");
        } catch (SQLException e) {
            throw new IOException("PostgreSQL started but refused a connection: " + e.getMessage(), e);
        }
        return server;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String url() {
        return url("ampgate");
    }

    public void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), true);
        } catch (IOException | InterruptedException e) {
            // the JVM is ending; the folder goes below
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temporary folder
        }
    }

    private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServerUser && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    private static Path findBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IOException("the PostgreSQL server is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                + "run ./test, which installs Debian's postgresql package, or install it yourself");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
