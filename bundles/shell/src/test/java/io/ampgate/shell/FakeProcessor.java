package io.ampgate.shell;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Job;
import org.apache.felix.service.command.JobListener;
import org.osgi.service.log.Logger;

/** The edge of the tests: a Gogo processor that knows a handful of commands. */
final class FakeProcessor implements CommandProcessor {

    /** Counted down when a session is closed. */
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public CommandSession createSession(InputStream in, OutputStream out, OutputStream err) {
        return new FakeSession(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Override
    public CommandSession createSession(CommandSession parent) {
        throw new UnsupportedOperationException();
    }

    /** A Logger that discards everything. */
    static Logger silentLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getName().equals("getName") ? "test" : null);
    }

    private final class FakeSession implements CommandSession {
        private final PrintStream out;
        private final Map<String, Object> variables = new HashMap<>();

        FakeSession(PrintStream out) {
            this.out = out;
        }

        @Override
        public Object execute(CharSequence line) throws Exception {
            return switch (line.toString()) {
                case "echo hi" -> "hi";
                case "nothing" -> null;
                case "fail" -> throw new IllegalStateException("charge point cp-1 is offline");
                case "bug" -> throw new NullPointerException();
                case "scope" -> variables.get("SCOPE");
                case "big" -> {
                    out.print("é".repeat(20_000));
                    yield null;
                }
                case "sleep" -> {
                    Thread.sleep(60_000);
                    yield null;
                }
                default -> throw new IllegalArgumentException("Command not found: " + line);
            };
        }

        @Override public CharSequence format(Object target, int level) { return String.valueOf(target); }
        @Override public Object get(String name) { return variables.get(name); }
        @Override public Object put(String name, Object value) { return variables.put(name, value); }
        @Override public void close() { closed.countDown(); }
        @Override public PrintStream getConsole() { return out; }
        @Override public InputStream getKeyboard() { return InputStream.nullInputStream(); }
        @Override public Path currentDir() { return null; }
        @Override public void currentDir(Path path) { }
        @Override public ClassLoader classLoader() { return null; }
        @Override public void classLoader(ClassLoader loader) { }
        @Override public Object convert(Class<?> type, Object instance) { return instance; }
        @Override public List<Job> jobs() { return List.of(); }
        @Override public Job foregroundJob() { return null; }
        @Override public void setJobListener(JobListener listener) { }
    }
}
