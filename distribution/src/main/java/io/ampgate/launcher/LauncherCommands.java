package io.ampgate.launcher;

import java.io.IOException;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Gogo commands of the launcher, registered on the system bundle: {@code ampgate:plugin} and
 * {@code ampgate:status}. Gogo calls these methods by name; a thrown exception is a failed command.
 */
public final class LauncherCommands {
    private final Layout layout;
    private final PluginCatalog catalog;
    private final BundleContext context;
    private final PluginWait wait;

    LauncherCommands(Layout layout, PluginCatalog catalog, BundleContext context) {
        this.layout = layout;
        this.catalog = catalog;
        this.context = context;
        this.wait = new PluginWait(layout, context);
    }

    /** {@code plugin list}. */
    public String plugin(String action) throws IOException {
        if (!"list".equals(action)) {
            throw new IllegalArgumentException("usage: plugin list | plugin enable NAME | plugin disable NAME");
        }
        return PluginTable.render(catalog, this::runtimeState);
    }

    /** {@code plugin enable NAME} and {@code plugin disable NAME}: returns once the change has taken effect. */
    public String plugin(String action, String name) throws IOException, InterruptedException {
        return switch (action) {
            case "enable" -> wait.untilStarted(catalog.enable(name));
            case "disable" -> wait.untilRemoved(catalog.disable(name), name);
            default -> throw new IllegalArgumentException("usage: plugin list | plugin enable NAME | plugin disable NAME");
        };
    }

    /** {@code status}: "ready" with the ready line once the gateway is up, otherwise "starting". */
    public String status() throws IOException {
        return ReadyWatch.readyLine(layout).map(line -> "ready: " + line).orElse("starting");
    }

    private String runtimeState(PluginCatalog.Plugin p) {
        if (!p.enabled()) {
            return "available";
        }
        Bundle b = PluginWatch.pluginBundle(context, layout, p.symbolicName());
        if (b == null) {
            return "enabled, not yet installed";
        }
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.INSTALLED -> "cannot start: " + Requirements.describe(Requirements.missing(b, context));
            case Bundle.RESOLVED -> "resolved, not started";
            default -> "starting";
        };
    }

    static String names(List<PluginCatalog.Plugin> plugins) {
        return String.join(", ", plugins.stream().map(PluginCatalog.Plugin::name).toList());
    }
}
