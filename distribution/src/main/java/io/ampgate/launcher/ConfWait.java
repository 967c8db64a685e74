package io.ampgate.launcher;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Waits until FileInstall has put every {@code conf/*.cfg} into Config Admin. FileInstall scans in
 * its own thread, so without this wait Declarative Services could start a component on its
 * defaults a moment before the site's configuration arrives (an OCPP server on 0.0.0.0:9000 before
 * the configured 127.0.0.1 port, a Derby database before the configured PostgreSQL).
 *
 * <p>The launcher does not share the Config Admin API with the framework, so it reads the
 * configurations reflectively: each FileInstall configuration carries the file it came from in
 * {@value #FILENAME}.
 */
final class ConfWait {

    static final String FILENAME = "felix.fileinstall.filename";
    private static final System.Logger LOG = System.getLogger("io.ampgate.launcher");

    private ConfWait() {
    }

    /** Returns when every configuration file is in Config Admin, or after {@code timeout}. */
    static void await(BundleContext context, Path conf, Duration timeout) throws IOException, InterruptedException {
        Set<String> expected = cfgFiles(conf);
        if (expected.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Set<String> loaded = Set.of();
        while (System.nanoTime() < deadline) {
            loaded = loadedFiles(context);
            if (loaded.containsAll(expected)) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                LOG.log(System.Logger.Level.DEBUG, () -> expected.size() + " configuration files loaded in " + ms + " ms");
                return;
            }
            Thread.sleep(10);
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(loaded);
        LOG.log(System.Logger.Level.WARNING, "configuration files not loaded after " + timeout.toSeconds()
                + " s, starting anyway: " + missing);
    }

    private static Set<String> cfgFiles(Path conf) throws IOException {
        Set<String> names = new HashSet<>();
        if (!Files.isDirectory(conf)) {
            return names;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(conf, "*.{cfg,config}")) {
            dir.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    private static Set<String> loadedFiles(BundleContext context) {
        Set<String> names = new HashSet<>();
        ServiceReference<?> ref = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        if (ref == null) {
            return names;
        }
        Object admin = context.getService(ref);
        try {
            Method list = admin.getClass().getMethod("listConfigurations", String.class);
            Object[] configurations = (Object[]) list.invoke(admin, "(" + FILENAME + "=*)");
            if (configurations != null) {
                for (Object c : configurations) {
                    Method properties = c.getClass().getMethod("getProperties");
                    properties.setAccessible(true);
                    Dictionary<?, ?> props = (Dictionary<?, ?>) properties.invoke(c);
                    Object file = props == null ? null : props.get(FILENAME);
                    if (file != null) {
                        String s = file.toString();
                        names.add(s.substring(s.lastIndexOf('/') + 1));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot list configurations yet: " + e);
        } finally {
            context.ungetService(ref);
        }
        return names;
    }
}
