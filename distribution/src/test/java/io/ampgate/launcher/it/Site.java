package io.ampgate.launcher.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A gateway site under test: the built distribution as installation, a temporary folder as the
 * site, driven only through {@code bin/ampgate} like an installer would, on 127.0.0.1.
 */
final class Site implements AutoCloseable {
    record Result(int exit, String out, String err) {
        String all() { return out + err; }
    }

    final Path home;
    final Path base;
    final int httpPort;
    final int ocppPort;
    final int ocppTlsPort;

    Site(Path base) throws IOException {
        this.home = Path.of(System.getProperty("ampgate.dist", "target/ampgate-dist")).toAbsolutePath();
        this.base = base;
        this.httpPort = freePort();
        Files.createDirectories(base.resolve("conf"));
        Files.writeString(base.resolve("conf/ampgate.properties"),
                "org.osgi.service.http.port = " + httpPort + "\norg.apache.felix.http.host = 127.0.0.1\n");
        this.ocppPort = freePort();
        this.ocppTlsPort = freePort();
        Files.writeString(base.resolve("conf/io.ampgate.ocpp.cfg"),
                "host = 127.0.0.1\nport = " + ocppPort + "\ntlsPort = " + ocppTlsPort + "\n");
    }

    Result ampgate(String... args) throws IOException, InterruptedException {
        return ampgate(Duration.ofSeconds(120), null, args);
    }

    Result ampgate(Duration timeout, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/ampgate").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("AMPGATE_BASE", base.toString());
        Path out = Files.createTempFile("ampgate-out", ".txt");
        Path err = Files.createTempFile("ampgate-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process p = pb.start();
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/ampgate " + String.join(" ", args) + " did not finish within " + timeout);
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    Result exec(String shellCommand) throws IOException, InterruptedException {
        return ampgate("exec", shellCommand);
    }

    /** Runs a shell command that must succeed; its output. */
    String command(String shellCommand) throws IOException, InterruptedException {
        Result r = exec(shellCommand);
        if (r.exit() != 0) {
            throw new AssertionError(shellCommand + ": exit " + r.exit() + ": " + r.all());
        }
        return r.out();
    }

    /** What a test does on a running site. */
    @FunctionalInterface
    interface Scenario {
        void run(Site site) throws Exception;
    }

    /**
     * Runs a test's scenario on this site; if it fails, the gateway's log and the energy manager's last
     * decision (when there is one) are printed first, for the reader.
     */
    void run(Scenario scenario) throws Exception {
        try {
            scenario.run(this);
        } catch (Throwable t) {
            System.err.println("gateway log:\n" + log());
            Result decision = exec("ems:decision");
            if (decision.exit() == 0) {
                System.err.println("last decision:\n" + decision.out());
            }
            throw t;
        }
    }

    /** The embedded database of the stopped site; {@link #closeDatabase()} before the gateway starts again. */
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + base.resolve("data/db"));
    }

    /** Derby lets one process at a time open a database: shut it down for whoever comes next. */
    void closeDatabase() {
        try {
            DriverManager.getConnection("jdbc:derby:" + base.resolve("data/db") + ";shutdown=true").close();
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new AssertionError("the database did not shut down", expected);
            }
        }
    }

    Optional<ProcessHandle> process() throws IOException {
        Path pid = base.resolve("data/run/ampgate.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).filter(ProcessHandle::isAlive);
    }

    String log() throws IOException {
        Path log = base.resolve("data/log/ampgate.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        Optional<ProcessHandle> p = process();
        if (p.isPresent()) {
            p.get().destroy();
            try {
                p.get().onExit().get(15, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.get().destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
