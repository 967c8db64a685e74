package io.ampgate.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Decides when the gateway is ready: every platform bundle active and every enabled plugin either
 * active or known not to start. Then it logs one line (time since process start, active plugins)
 * and, through {@link #markReady}, writes {@code data/run/ready} for {@code bin/ampgate start}.
 */
final class ReadyWatch {
    private final Layout layout;
    private final PluginCatalog catalog;
    private final BundleContext context;
    private final List<Bundle> platform;

    ReadyWatch(Layout layout, PluginCatalog catalog, BundleContext context, List<Bundle> platform) {
        this.layout = layout;
        this.catalog = catalog;
        this.context = context;
        this.platform = platform;
    }

    /** Waits until ready (or the timeout), logs the ready line and returns it; {@link #markReady} tells the script. */
    String await(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // the enabled plugins as they were at start (reading every jar's manifest is not free)
        List<PluginCatalog.Plugin> enabled = catalog.plugins().stream().filter(PluginCatalog.Plugin::enabled).toList();
        List<String> waiting = waitingFor(enabled);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(25);
            waiting = waitingFor(enabled);
        }
        if (!waiting.isEmpty()) {
            Gateway.LOG.log(System.Logger.Level.WARNING, "Still waiting after " + timeout.toSeconds() + " s for: " + waiting);
        }
        for (Bundle b : platform) {
            if (!isUp(b)) {
                Gateway.LOG.log(System.Logger.Level.ERROR, "Platform bundle " + b.getSymbolicName() + " is not active: "
                        + Requirements.describe(Requirements.missing(b, context)));
            }
        }
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        String line = "Ampgate " + version() + " ready in " + Gateway.uptimeSince(start)
                + " (Java " + Runtime.version().feature() + "); active plugins: " + activePlugins();
        Gateway.LOG.log(System.Logger.Level.INFO, line);
        return line;
    }

    /** Writes {@code data/run/ready}, which {@code bin/ampgate start} waits for. */
    static void markReady(Layout layout, String line) throws IOException {
        Files.writeString(layout.readyFile(), ProcessHandle.current().pid() + " " + line + "\n", StandardCharsets.UTF_8);
    }

    /** What readiness still waits for; empty when ready. */
    private List<String> waitingFor(List<PluginCatalog.Plugin> enabled) {
        List<String> waiting = new ArrayList<>();
        for (Bundle b : platform) {
            if (b.getState() == Bundle.STARTING || (b.getState() == Bundle.RESOLVED && !isFragment(b))) {
                waiting.add(b.getSymbolicName());
            }
        }
        for (PluginCatalog.Plugin p : enabled) {
            Bundle b = PluginWatch.pluginBundle(context, layout, p.symbolicName());
            boolean settled = b != null && (isUp(b) || !Requirements.missing(b, context).isEmpty());
            if (!settled) {
                waiting.add(p.name());
            }
        }
        return waiting;
    }

    private String activePlugins() {
        List<String> names = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (PluginWatch.isPlugin(b, layout) && b.getState() == Bundle.ACTIVE) {
                names.add(PluginCatalog.shortName(b.getSymbolicName()) + " " + b.getVersion());
            }
        }
        names.sort(null);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** The ready line of the running gateway (the file holds "PID LINE"), if it is ready. */
    static java.util.Optional<String> readyLine(Layout layout) throws IOException {
        if (!Files.exists(layout.readyFile())) {
            return java.util.Optional.empty();
        }
        String content = Files.readString(layout.readyFile()).trim();
        return java.util.Optional.of(content.substring(content.indexOf(' ') + 1));
    }

    static boolean isUp(Bundle b) {
        return b.getState() == Bundle.ACTIVE || (isFragment(b) && b.getState() == Bundle.RESOLVED);
    }

    static boolean isFragment(Bundle b) {
        return b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    static String version() {
        String v = Gateway.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
