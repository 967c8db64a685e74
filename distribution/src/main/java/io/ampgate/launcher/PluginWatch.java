package io.ampgate.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Logs what happens to the site's plugins, however they were enabled (command, UI, or a jar
 * copied by hand): started, stopped, removed, and, for one that cannot start, the requirement it
 * is missing.
 */
final class PluginWatch implements SynchronousBundleListener {
    /** FileInstall starts a bundle right after installing it; look again after a couple of polls. */
    private static final long CHECK_AFTER_MS = 2500;

    private final Layout layout;
    private final BundleContext context;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ampgate-plugin-watch");
        t.setDaemon(true);
        return t;
    });

    PluginWatch(Layout layout, BundleContext context) {
        this.layout = layout;
        this.context = context;
    }

    static boolean isPlugin(Bundle bundle, Layout layout) {
        String location = bundle.getLocation();
        try {
            int colon = location.indexOf("file:");
            if (colon >= 0) {
                Path file = Path.of(URI.create(location.substring(colon)));
                return layout.pluginsEnabled().equals(file.getParent());
            }
        } catch (IllegalArgumentException e) {
            // not a file location
        }
        return false;
    }

    /** The installed bundle of an enabled plugin, or null. */
    static Bundle pluginBundle(BundleContext context, Layout layout, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && isPlugin(b, layout)) {
                return b;
            }
        }
        return null;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        if (!isPlugin(b, layout)) {
            return;
        }
        String name = PluginCatalog.shortName(b.getSymbolicName()) + " " + b.getVersion();
        switch (event.getType()) {
            case BundleEvent.INSTALLED -> checks.schedule(() -> reportIfStuck(b), CHECK_AFTER_MS, TimeUnit.MILLISECONDS);
            case BundleEvent.STARTED -> Gateway.LOG.log(System.Logger.Level.INFO, "Plugin " + name + " started");
            case BundleEvent.STOPPED -> Gateway.LOG.log(System.Logger.Level.INFO, "Plugin " + name + " stopped");
            case BundleEvent.UNINSTALLED -> Gateway.LOG.log(System.Logger.Level.INFO, "Plugin " + name + " removed");
            default -> { }
        }
    }

    void close() {
        checks.shutdownNow();
    }

    private void reportIfStuck(Bundle b) {
        if (b.getState() == Bundle.INSTALLED) {
            List<String> missing = Requirements.missing(b, context);
            Gateway.LOG.log(System.Logger.Level.WARNING, "Plugin " + PluginCatalog.shortName(b.getSymbolicName())
                    + " is enabled but cannot start: " + Requirements.describe(missing));
        }
    }
}
