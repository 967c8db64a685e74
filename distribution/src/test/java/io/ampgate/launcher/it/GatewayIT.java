package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled distribution, run as a separate process through bin/ampgate. */
class GatewayIT {

    @Test
    void startsReadyWithEveryBundleActiveAndServesHttp(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            Site.Result start = site.ampgate("start");
            assertThat(start.exit()).as(start.all()).isZero();
            assertThat(start.out()).contains("Ampgate started (pid").contains("ready in").contains("active plugins: none");

            Site.Result health = site.exec("ampgate:health");
            assertThat(health.exit()).as(health.all()).isZero();
            assertThat(health.out()).startsWith("OK: ");

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.httpPort + "/")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("Jetty answers on the configured port").isEqualTo(404);

            assertThat(site.log()).as("the rotating log file has the ready line").contains("ready in");
            assertThat(site.ampgate("status").out()).contains("Ampgate is running");
        }
    }

    @Test
    void pluginEnableAndDisableChangeWhatRunsWithoutRestart(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            assertThat(site.ampgate("start").exit()).isZero();
            long pid = site.process().orElseThrow().pid();
            assertThat(site.exec("ampgate:meter list").out()).contains("no meters");

            Site.Result enable = site.ampgate("plugin", "enable", "meter-example");
            assertThat(enable.exit()).as(enable.all()).isZero();
            assertThat(enable.out()).contains("enabled and active: meter-example");
            assertThat(site.exec("ampgate:meter list").out()).contains("example-1").contains("230.0/230.0/230.0");
            assertThat(site.ampgate("plugin", "list").out()).containsPattern("meter-example +\\S+ +active");
            assertThat(site.exec("ampgate:health").exit()).isZero();

            Site.Result disable = site.ampgate("plugin", "disable", "meter-example");
            assertThat(disable.exit()).as(disable.all()).isZero();
            assertThat(site.exec("ampgate:meter list").out()).contains("no meters");
            assertThat(site.ampgate("plugin", "list").out()).containsPattern("meter-example +\\S+ +available");

            assertThat(site.process().orElseThrow().pid()).as("same process: no restart").isEqualTo(pid);
        }
    }

    @Test
    void featureEnablesItsPluginsAndTheChoiceSurvivesARestart(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            assertThat(site.ampgate("start").exit()).isZero();
            assertThat(site.ampgate("plugin", "enable", "example-meter").out()).contains("meter-example");

            ProcessHandle first = site.process().orElseThrow();
            first.destroy(); // SIGTERM, as systemd or bin/ampgate stop send it
            assertThat(first.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get())
                    .as("clean shutdown within 10 s").isNotNull();
            assertThat(site.ampgate("status").exit()).isEqualTo(3);

            Site.Result restart = site.ampgate("start");
            assertThat(restart.exit()).as(restart.all()).isZero();
            assertThat(restart.out()).contains("active plugins: meter-example");
            assertThat(site.exec("ampgate:meter list").out()).contains("example-1");

            Site.Result stop = site.ampgate("stop");
            assertThat(stop.out()).contains("Ampgate stopped");
        }
    }

    @Test
    void enablingANewerVersionReturnsOnceTheNewVersionRuns(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            assertThat(site.ampgate("start").exit()).isZero();
            assertThat(site.ampgate("plugin", "enable", "meter-example").exit()).isZero();
            // a vendor drops a newer build into the site's own plugins/available
            Path shipped;
            try (var jars = Files.list(site.home.resolve("plugins/available"))) {
                shipped = jars.filter(p -> p.getFileName().toString().startsWith("io.ampgate.meter.example")).findFirst().orElseThrow();
            }
            Path newer = site.base.resolve("plugins/available/io.ampgate.meter.example-9.9.1.jar");
            withVersion(shipped, newer, "9.9.1");

            Site.Result upgrade = site.ampgate("plugin", "enable", "meter-example");
            assertThat(upgrade.exit()).as(upgrade.all()).isZero();
            assertThat(site.exec("lb").out()).as("the new version runs when enable returns")
                    .contains("(9.9.1)").doesNotContain("Ampgate example meter (0.1.0");
            assertThat(site.exec("ampgate:meter list").out()).contains("example-1");
        }
    }

    @Test
    void pluginEnabledWhileStoppedRunsAtTheNextStart(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            Site.Result enable = site.ampgate("plugin", "enable", "meter-example");
            assertThat(enable.exit()).as(enable.all()).isZero();
            assertThat(enable.out()).contains("enabled for the next start: meter-example");
            assertThat(site.ampgate("start").out()).contains("active plugins: meter-example");
        }
    }

    @Test
    void pluginThatCannotResolveIsReportedWithItsMissingRequirement(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            assertThat(site.ampgate("start").exit()).isZero();
            writeBundle(site.base.resolve("plugins/enabled/needs-modbus.jar"), "com.example.meter.needy", "io.ampgate.nowhere");

            Site.Result list = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                list = site.ampgate("plugin", "list");
                if (list.out().contains("cannot start")) {
                    break;
                }
            }
            assertThat(list.out()).contains("com.example.meter.needy")
                    .contains("cannot start: missing requirement osgi.wiring.package")
                    .contains("io.ampgate.nowhere");
            assertThat(pollLog(site, "is enabled but cannot start")).contains("io.ampgate.nowhere");
            assertThat(site.exec("ampgate:health").exit()).as("health reports the stuck bundle").isEqualTo(1);
        }
    }

    @Test
    void secondGatewayOnTheSameSiteIsRefused(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            assertThat(site.ampgate("start").exit()).isZero();
            Site.Result second = site.ampgate(Duration.ofSeconds(60), null, "run");
            assertThat(second.exit()).isEqualTo(2);
            assertThat(second.err()).contains("Another Ampgate is already running");
            assertThat(site.exec("ampgate:health").exit()).as("the first one is unharmed").isZero();
        }
    }

    @Test
    void interactiveShellRunsCommandsLineByLine(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            assertThat(site.ampgate("start").exit()).isZero();
            Site.Result shell = site.ampgate(Duration.ofSeconds(60), "ampgate:status\nampgate:nosuch\nexit\n", "shell");
            assertThat(shell.out()).contains("ready: ");
            assertThat(shell.all()).contains("nosuch");
            assertThat(site.exec("ampgate:nosuch").exit()).as("a failing command fails the exec").isEqualTo(1);
        }
    }

    @Test
    void everyFeatureNamesOnlyBundlesThatShip() throws Exception {
        Path home = Path.of(System.getProperty("ampgate.dist", "target/ampgate-dist"));
        io.ampgate.launcher.PluginCatalog catalog = new io.ampgate.launcher.PluginCatalog(new io.ampgate.launcher.Layout(home, home));
        java.util.Set<String> shipped = new java.util.HashSet<>(catalog.platformBundles());
        catalog.plugins().forEach(p -> shipped.add(p.symbolicName()));
        assertThat(catalog.features()).isNotEmpty();
        catalog.features().values().forEach(f ->
                assertThat(shipped).as("bundles of feature " + f.name()).containsAll(f.bundles()));
    }

    private static String pollLog(Site site, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String log = site.log();
            int at = log.indexOf(text);
            if (at >= 0) {
                return log.substring(at, log.indexOf('\n', at));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("log never said: " + text);
    }

    /** A copy of a bundle with another Bundle-Version. */
    private static void withVersion(Path source, Path target, String version) throws Exception {
        Files.createDirectories(target.getParent());
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(source.toFile())) {
            Manifest mf = new Manifest(in.getManifest());
            mf.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), mf)) {
                for (var entries = in.entries(); entries.hasMoreElements(); ) {
                    var entry = entries.nextElement();
                    if (entry.getName().equals("META-INF/MANIFEST.MF") || entry.getName().equals("META-INF/")) {
                        continue;
                    }
                    out.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    /** A real bundle that imports a package nobody exports. */
    private static void writeBundle(Path jar, String symbolicName, String importedPackage) throws Exception {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", importedPackage + ";version=\"[1.0,2)\"");
        Path tmp = jar.resolveSibling(jar.getFileName() + ".part");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp), mf)) {
            out.flush();
        }
        Files.move(tmp, jar);
    }
}
