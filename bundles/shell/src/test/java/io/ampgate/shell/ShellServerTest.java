package io.ampgate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.shell.protocol.Frames;
import io.ampgate.shell.protocol.ShellClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ShellServerTest {

    @TempDir
    Path dir;
    Path socket;
    FakeProcessor processor = new FakeProcessor();
    ShellServer server;

    record Result(int code, String out, String err) {}

    @BeforeEach
    void start() throws IOException {
        socket = dir.resolve("run/shell.sock");
        server = new ShellServer(socket, processor, FakeProcessor.silentLogger());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void execPrintsTheResultAndSucceeds() throws IOException {
        assertThat(exec("echo hi")).isEqualTo(new Result(0, "hi\n", ""));
        assertThat(exec("nothing")).isEqualTo(new Result(0, "", ""));
        assertThat(exec("scope")).isEqualTo(new Result(0, "ampgate:*\n", ""));
    }

    @Test
    void failureGivesOneAndTheMessageOnStderr() throws IOException {
        assertThat(exec("fail")).isEqualTo(new Result(1, "", "charge point cp-1 is offline\n"));
        assertThat(exec("bug")).isEqualTo(new Result(1, "", "java.lang.NullPointerException\n"));
    }

    @Test
    void longOutputArrivesWhole() throws IOException {
        assertThat(exec("big").out()).isEqualTo("é".repeat(20_000));
    }

    @Test
    void socketIsOwnerOnlyInAnOwnerOnlyFolder() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                .isEqualTo("rwx------");
        assertThat(ShellClient.isListening(socket)).isTrue();
        try (var files = Files.list(socket.getParent())) {
            assertThat(files).containsExactly(socket); // no staging folder left behind
        }
    }

    @Test
    void stopRemovesTheSocketAndClientsSeeNotRunning() throws IOException {
        server.stop();
        assertThat(socket).doesNotExist();
        assertThat(ShellClient.isListening(socket)).isFalse();
        Result result = exec("echo hi");
        assertThat(result.code()).isEqualTo(ShellClient.NOT_RUNNING);
        assertThat(result.err()).contains("the gateway is not running (no shell socket at " + socket + ")");
    }

    @Test
    void missingOrStaleSocketGivesNotRunning() throws IOException {
        Path stale = dir.resolve("stale.sock");
        ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(stale)).close();
        assertThat(stale).exists();
        assertThat(exec(dir.resolve("missing.sock"), "echo hi").code()).isEqualTo(ShellClient.NOT_RUNNING);
        assertThat(exec(stale, "echo hi").code()).isEqualTo(ShellClient.NOT_RUNNING);

        ShellServer second = new ShellServer(stale, processor, FakeProcessor.silentLogger());
        second.start(); // replaces the stale socket
        try {
            assertThat(exec(stale, "echo hi").code()).isZero();
        } finally {
            second.stop();
        }
    }

    @Test
    void refusesToReplaceALiveSocketOrAFile() throws IOException {
        assertThatThrownBy(() -> new ShellServer(socket, processor, FakeProcessor.silentLogger()).start())
                .hasMessageContaining("already listens");
        Path file = Files.writeString(dir.resolve("file"), "keep");
        assertThatThrownBy(() -> new ShellServer(file, processor, FakeProcessor.silentLogger()).start())
                .hasMessageContaining("not a socket");
        assertThat(file).hasContent("keep");
        assertThat(exec("echo hi").code()).isZero();
    }

    @Test
    void interactiveRunsLineByLine() throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream("echo hi\n\nfail\necho hi\n".getBytes(StandardCharsets.UTF_8));
        int code = ShellClient.interactive(socket, in, print(out), print(err));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("ampgate> hi\nampgate> ampgate> ampgate> hi\nampgate> \n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("charge point cp-1 is offline\n");
    }

    @Test
    void exitEndsTheSessionAndClosesIt() throws Exception {
        InputStream in = new ByteArrayInputStream("fail\nexit\necho hi\n".getBytes(StandardCharsets.UTF_8));
        int code = ShellClient.interactive(socket, in, print(new ByteArrayOutputStream()), print(new ByteArrayOutputStream()));
        assertThat(code).isEqualTo(1);
        assertThat(processor.closed.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void oversizeFrameIsRefused() throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            var header = new DataOutputStream(Channels.newOutputStream(channel));
            header.writeByte(Frames.EXEC);
            header.writeInt(Frames.MAX_PAYLOAD + 1);
            header.flush();
            InputStream in = Channels.newInputStream(channel);
            Frames.Frame error = Frames.read(in);
            assertThat(error.type()).isEqualTo(Frames.STDERR);
            assertThat(error.payload()).contains("protocol error").contains("exceeds the limit");
            assertThat(Frames.read(in)).isEqualTo(new Frames.Frame(Frames.STATUS, "2"));
            assertThat(Frames.read(in)).isNull();
        }
    }

    @Test
    void stopClosesConnectedClientsPromptly() throws Exception {
        try (SocketChannel idle = SocketChannel.open(UnixDomainSocketAddress.of(socket));
             SocketChannel busy = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            Frames.write(Channels.newOutputStream(busy), Frames.EXEC, "sleep");
            Thread.sleep(200); // let both handlers start
            long started = System.nanoTime();
            server.stop();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ShellServer.STOP_WAIT);
            assertThat(Frames.read(Channels.newInputStream(idle))).isNull();
        }
    }

    private Result exec(String command) throws IOException {
        return exec(socket, command);
    }

    private static Result exec(Path socket, String command) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = ShellClient.exec(socket, command, print(out), print(err));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
