package io.ampgate.mqtt.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto broker for tests, from Debian's {@code mosquitto} package: its own folder and
 * configuration, listening only on 127.0.0.1 on a free port that it keeps across {@link #stop()}
 * and {@link #start()}.
 */
public final class MosquittoBroker implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private static final Duration READY_WITHIN = Duration.ofSeconds(10);

    private final Path dir;
    private final int port;
    private Process process;

    private MosquittoBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Skips the calling test when the broker is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "Mosquitto is not installed (" + BINARY
                + "): run ./test, which installs Debian's mosquitto package, or apt-get install mosquitto");
    }

    /** A started broker that lets anyone in. */
    public static MosquittoBroker anonymous() throws IOException {
        return create(List.of("allow_anonymous true"), null, null, null);
    }

    /** A started broker that lets in only this user, with this password. */
    public static MosquittoBroker withPassword(String user, String password) throws IOException {
        return create(List.of("allow_anonymous false"), user, password, null);
    }

    /**
     * A started TLS broker (anyone in) whose certificate, for IP 127.0.0.1 only, is signed by a CA
     * made for it: {@link #caFile()}. Needs {@code openssl}.
     */
    public static MosquittoBroker withTls() throws IOException {
        assumeInstalled();
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")),
                "openssl is not installed: run ./test, which installs Debian's openssl package");
        Path certs = Files.createTempDirectory("ampgate-mosquitto-certs");
        String ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
        run(List.of("sh", "-c", "cd " + certs + " && openssl req -x509 " + ec + " -keyout ca.key -out ca.pem -days 2 -subj /CN=ampgate-test-ca"
                + " && openssl req " + ec + " -keyout server.key -out server.csr -subj /CN=127.0.0.1"
                + " && printf 'subjectAltName=IP:127.0.0.1' > san"
                + " && openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile san -out server.pem"));
        return create(List.of("allow_anonymous true"), null, null, certs);
    }

    /** The CA of a {@link #withTls()} broker, as a PEM file. */
    public Path caFile() {
        return dir.resolve("certs/ca.pem");
    }

    /**
     * @param certs a folder with {@code ca.pem}, {@code server.pem} and {@code server.key} for TLS, or
     *     {@code null}; it becomes the broker's {@code certs} folder before the broker starts, which
     *     reads the files after it opened its port (and again at every restart)
     */
    private static MosquittoBroker create(List<String> rules, String user, String password, Path certs)
            throws IOException {
        assumeInstalled();
        Path dir = Files.createTempDirectory("ampgate-mosquitto");
        MosquittoBroker broker = new MosquittoBroker(dir, freePort());
        List<String> conf = new ArrayList<>(List.of(
                "listener " + broker.port + " 127.0.0.1",
                "persistence false",
                "log_dest file " + dir.resolve("mosquitto.log"),
                "log_type all",
                // as root Mosquitto would switch to the 'mosquitto' user, who cannot read this folder
                "user " + System.getProperty("user.name")));
        conf.addAll(rules);
        if (certs != null) {
            Path tls = Files.move(certs, dir.resolve("certs"));
            conf.addAll(List.of("cafile " + tls.resolve("ca.pem"), "certfile " + tls.resolve("server.pem"),
                    "keyfile " + tls.resolve("server.key")));
        }
        if (user != null) {
            Path passwords = dir.resolve("passwords");
            Files.createFile(passwords);
            run(List.of("mosquitto_passwd", "-b", passwords.toString(), user, password));
            conf.add("password_file " + passwords);
        }
        Files.write(dir.resolve("mosquitto.conf"), conf);
        broker.start();
        return broker;
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts it (again, on the same port) and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(BINARY.toString(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.out").toFile()).start();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IOException("mosquitto did not listen on 127.0.0.1:" + port + " within " + READY_WITHIN + ":\n" + log());
    }

    /** Stops it (SIGTERM; killed after 10 s). Its clients lose their connections. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** What the broker logged, for failure messages. */
    public String log() {
        try {
            Path log = dir.resolve("mosquitto.log");
            Path console = dir.resolve("console.out");
            return (Files.exists(console) ? Files.readString(console) : "") + (Files.exists(log) ? Files.readString(log) : "");
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
