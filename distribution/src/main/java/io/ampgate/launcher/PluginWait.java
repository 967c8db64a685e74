package io.ampgate.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Waits, with a deadline, until FileInstall has acted on a change of {@code plugins/enabled}, so
 * that {@code plugin enable} returns when the plugin runs (or says why it cannot).
 */
final class PluginWait {
    /** FileInstall polls every second; a few polls are plenty. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** A missing requirement may be satisfied by a plugin installed in the same scan. */
    static final Duration SETTLE = Duration.ofMillis(2500);

    private final Layout layout;
    private final BundleContext context;

    PluginWait(Layout layout, BundleContext context) {
        this.layout = layout;
        this.context = context;
    }

    String untilStarted(List<PluginCatalog.Plugin> plugins) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TIMEOUT.toNanos();
        while (true) {
            List<String> pending = new ArrayList<>();
            List<String> stuck = new ArrayList<>();
            for (PluginCatalog.Plugin p : plugins) {
                Bundle b = find(p.symbolicName());
                if (b != null && !b.getVersion().equals(org.osgi.framework.Version.parseVersion(p.version()))) {
                    b = null; // the old version still runs: FileInstall has not replaced it yet
                }
                if (b == null || b.getState() != Bundle.ACTIVE) {
                    List<String> missing = b == null ? List.of() : Requirements.missing(b, context);
                    (missing.isEmpty() ? pending : stuck).add(p.name() + (missing.isEmpty() ? "" : ": " + Requirements.describe(missing)));
                }
            }
            boolean settled = System.nanoTime() - start > SETTLE.toNanos();
            if (pending.isEmpty() && (stuck.isEmpty() || settled)) {
                if (!stuck.isEmpty()) {
                    throw new IllegalStateException("enabled, but cannot start: " + String.join("; ", stuck));
                }
                return "enabled and active: " + LauncherCommands.names(plugins);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("enabled, but not active after " + TIMEOUT.toSeconds() + " s: "
                        + String.join("; ", pending) + String.join("; ", stuck));
            }
            Thread.sleep(50);
        }
    }

    String untilRemoved(List<PluginCatalog.Plugin> plugins, String name) throws InterruptedException {
        if (plugins.isEmpty()) {
            return name + " was not enabled";
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (plugins.stream().anyMatch(p -> find(p.symbolicName()) != null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("disabled, but still installed after " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
        return "disabled and removed: " + LauncherCommands.names(plugins);
    }

    private Bundle find(String symbolicName) {
        return PluginWatch.pluginBundle(context, layout, symbolicName);
    }
}
