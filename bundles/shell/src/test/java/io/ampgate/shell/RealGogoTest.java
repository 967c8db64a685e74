package io.ampgate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.shell.protocol.ShellClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The server with Gogo's real command processor (no framework), to check how its output and errors come out. */
@Timeout(30)
class RealGogoTest {

    /** Gogo commands: public methods of a plain object. */
    public static final class Commands {
        private final String scope;
        Commands(String scope) { this.scope = scope; }
        public String status() { return scope + " status"; }
        public String hello(String name) { return "hello " + name; }
        public List<String> points() { return List.of("cp-1", "cp-2"); }
        public void say(String text) { System.out.println(text); }
        public void fail() { throw new IllegalStateException("load manager is stopped"); }
    }

    @TempDir
    Path dir;
    ThreadIOImpl threadIO = new ThreadIOImpl();
    ShellServer server;

    @BeforeEach
    void start() throws IOException {
        threadIO.start();
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("ampgate", new Commands("ampgate"));
        processor.addCommand("aaa", new Commands("aaa"), "status");
        processor.addCommand("zzz", new Commands("zzz"), "status");
        server = new ShellServer(dir.resolve("shell.sock"), processor, FakeProcessor.silentLogger());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        threadIO.stop();
    }

    @Test
    void resultsPrintedOutputPipesAndErrors() throws IOException {
        assertThat(exec("status")).isEqualTo("0|ampgate status\n|"); // SCOPE finds ampgate: first
        assertThat(exec("zzz:status")).isEqualTo("0|zzz status\n|");
        assertThat(exec("hello world")).isEqualTo("0|hello world\n|");
        assertThat(exec("points")).startsWith("0|cp-1\ncp-2\n");
        assertThat(exec("say 'hi there'")).isEqualTo("0|hi there\n|");
        assertThat(exec("fail")).isEqualTo("1||load manager is stopped\n");
        assertThat(exec("nosuch")).isEqualTo("1||Command not found: nosuch\n");
    }

    private String exec(String command) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = ShellClient.exec(dir.resolve("shell.sock"), command,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + "|" + out.toString(StandardCharsets.UTF_8) + "|" + err.toString(StandardCharsets.UTF_8);
    }
}
