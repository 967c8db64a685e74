package io.ampgate.launcher;

import io.ampgate.shell.protocol.ShellClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/** One running gateway: the Felix framework, its platform bundles, and the site's plugins. */
public final class Gateway {
    static final System.Logger LOG = System.getLogger("io.ampgate.launcher");
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(9);
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** How long the start waits for FileInstall to load the configuration files. */
    static final Duration CONF_TIMEOUT = Duration.ofSeconds(20);

    private final Layout layout;
    private final boolean demo;
    private final PluginCatalog catalog;
    private Framework framework;
    private InstanceLock lock;
    private PluginWatch pluginWatch;
    private volatile boolean stopped;

    public Gateway(Layout layout) {
        this(layout, false);
    }

    /** A gateway that, with {@code demo}, creates or reuses the demo site ({@link DemoSite}). */
    public Gateway(Layout layout, boolean demo) {
        this.layout = layout;
        this.demo = demo;
        this.catalog = new PluginCatalog(layout);
    }

    /** Runs in the foreground until the framework stops; returns the process exit code. */
    public int run() throws Exception {
        SiteFolders.prepare(layout);
        Optional<InstanceLock> acquired = InstanceLock.tryAcquire(layout);
        if (acquired.isEmpty()) {
            System.err.println("Another Ampgate is already running on " + layout.data()
                    + InstanceLock.recordedPid(layout).map(pid -> " (pid " + pid + ")").orElse("")
                    + "; stop it first (bin/ampgate stop).");
            return 2;
        }
        lock = acquired.get();
        Files.deleteIfExists(layout.welcomeFile());
        Map<String, String> properties = FrameworkSettings.build(layout);
        DemoSite demoSite = null;
        if (demo) {
            try {
                demoSite = DemoSite.open(layout, properties, Instant.now(), ZoneId.systemDefault(), scriptName());
                demoSite.prepare(catalog);
            } catch (DemoSite.Refused e) {
                System.err.println("Ampgate: " + e.getMessage());
                lock.close();
                return 1;
            }
        }
        // log4j2's configuration names the log folder through this system property
        System.setProperty("ampgate.data", layout.data().toString());
        Map<String, Object> frameworkConfig = new java.util.HashMap<>(properties);
        frameworkConfig.put("felix.log.logger", new FelixLog());
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, String> felixConfig = (Map) frameworkConfig; // Felix takes objects, such as its logger
        framework = factory.newFramework(felixConfig);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> platform = installPlatform(context);
        registerCommands(context);
        pluginWatch = new PluginWatch(layout, context);
        context.addBundleListener(pluginWatch);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "ampgate-shutdown"));
        framework.start();
        startAll(platform.stream().filter(b -> bundleRank(b) < 3).toList());
        ConfWait.await(context, layout.conf(), CONF_TIMEOUT);
        startAll(platform.stream().filter(b -> bundleRank(b) >= 3).toList());
        String readyLine = new ReadyWatch(layout, catalog, context, platform).await(READY_TIMEOUT);
        if (demoSite != null) {
            finishDemo(demoSite, properties);
        }
        ReadyWatch.markReady(layout, readyLine);
        framework.waitForStop(0);
        stop();
        return 0;
    }

    /** Commissions the demo if needed, then says what it is, on the console and for {@code bin/ampgate start}. */
    private void finishDemo(DemoSite demoSite, Map<String, String> properties) throws IOException, InterruptedException {
        Optional<String> failure;
        try {
            failure = demoSite.commission(command -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status = ShellClient.exec(layout.shellSocket(), command, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                return new CommissioningScript.Answer(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            });
        } catch (IOException e) {
            // the gateway runs on: the demo is finished by the next --demo start
            failure = Optional.of("The demo site is not complete: " + e + "; start again with --demo to finish it.");
            LOG.log(System.Logger.Level.ERROR, failure.get());
        }
        String message = failure.orElseGet(() -> demoSite.welcome(properties, Instant.now()));
        System.out.println(message);
        Files.writeString(layout.welcomeFile(), message + "\n", StandardCharsets.UTF_8);
    }

    /** How the user calls the control script ({@code ./ampgate} from the sources), for the demo's messages. */
    static String scriptName() {
        String name = System.getProperty("ampgate.command", "");
        return name.isBlank() ? "bin/ampgate" : name.strip();
    }

    /** Stops the framework within the time limit; called by SIGTERM's hook and at the end of run. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Files.deleteIfExists(layout.readyFile());
            Files.deleteIfExists(layout.welcomeFile());
            if (framework != null && (framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                LOG.log(System.Logger.Level.INFO, "Ampgate stopping");
                framework.stop();
                if (framework.waitForStop(STOP_TIMEOUT.toMillis()).getType() == org.osgi.framework.FrameworkEvent.WAIT_TIMEDOUT) {
                    System.err.println("Ampgate did not stop within " + STOP_TIMEOUT.toSeconds() + " s; halting");
                    Runtime.getRuntime().halt(1);
                }
            }
            if (pluginWatch != null) {
                pluginWatch.close();
            }
            if (lock != null) {
                lock.close();
            }
        } catch (Exception e) {
            System.err.println("Ampgate: error while stopping: " + e);
        }
    }

    private List<Bundle> installPlatform(BundleContext context) throws IOException, BundleException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(layout.platformBundles(), "*.jar")) {
            dir.forEach(jars::add);
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no platform bundles in " + layout.platformBundles());
        }
        jars.sort(Comparator.comparingInt(Gateway::startRank).thenComparing(Comparator.naturalOrder()));
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            bundles.add(context.installBundle(jar.toUri().toString()));
        }
        return bundles;
    }

    /**
     * Logging first, so that every later bundle logs to the files. Then Config Admin and FileInstall;
     * the rest starts once FileInstall's first scan has put every {@code conf/*.cfg} into Config
     * Admin ({@link ConfWait}): no component ever runs, even briefly, on defaults its site has
     * overridden (a store configured for PostgreSQL must never create a Derby database first).
     */
    private static int bundleRank(Bundle bundle) {
        String location = bundle.getLocation();
        return startRank(Path.of(location.substring(location.lastIndexOf('/') + 1)));
    }

    private static int startRank(Path jar) {
        String name = jar.getFileName().toString();
        if (name.startsWith("pax-logging")) {
            return 0;
        }
        if (name.startsWith("org.apache.felix.configadmin")) {
            return 1;
        }
        return name.startsWith("org.apache.felix.fileinstall") ? 2 : 3;
    }

    private static void startAll(List<Bundle> bundles) {
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException e) {
                LOG.log(System.Logger.Level.ERROR, "Platform bundle " + b.getSymbolicName() + " did not start: " + e.getMessage());
            }
        }
    }

    private void registerCommands(BundleContext context) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.command.scope", "ampgate");
        props.put("osgi.command.function", new String[] {"plugin", "status"});
        context.registerService(Object.class, new LauncherCommands(layout, catalog, context), props);
    }

    static String uptimeSince(Instant start) {
        Duration d = Duration.between(start, Instant.now());
        return String.format("%d.%02d s", d.toSeconds(), d.toMillisPart() / 10);
    }
}
