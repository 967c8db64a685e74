package io.ampgate.launcher;

import java.nio.file.Path;

/**
 * Where an installation keeps its parts. {@code home} is the unpacked distribution (bin, bundles,
 * plugins/available, features, default conf); {@code base} is one site's instance (conf,
 * plugins/enabled, data). They are the same folder unless {@code AMPGATE_BASE} says otherwise,
 * which lets an upgrade replace {@code home} without touching a site.
 */
public record Layout(Path home, Path base) {

    public static Layout fromSystemProperties() {
        Path home = Path.of(System.getProperty("ampgate.home", ".")).toAbsolutePath().normalize();
        String base = System.getProperty("ampgate.base");
        return new Layout(home, base == null || base.isBlank() ? home : Path.of(base).toAbsolutePath().normalize());
    }

    public Path platformBundles() { return home.resolve("bundles"); }
    public Path pluginsAvailable() { return home.resolve("plugins").resolve("available"); }
    public Path features() { return home.resolve("features"); }

    /**
     * Where plugins to enable are found: the site's own {@code plugins/available} (for vendor
     * plugins, kept when the installation is replaced by an upgrade) and the installation's.
     */
    public java.util.List<Path> availableFolders() {
        return distinct(base.resolve("plugins").resolve("available"), pluginsAvailable());
    }

    /** Where feature files are found: the site's {@code features} folder and the installation's. */
    public java.util.List<Path> featureFolders() {
        return distinct(base.resolve("features"), features());
    }

    private static java.util.List<Path> distinct(Path site, Path installation) {
        return site.equals(installation) ? java.util.List.of(installation) : java.util.List.of(site, installation);
    }
    public Path defaultConf() { return home.resolve("conf"); }

    public Path conf() { return base.resolve("conf"); }
    public Path pluginsEnabled() { return base.resolve("plugins").resolve("enabled"); }
    public Path data() { return base.resolve("data"); }
    public Path log() { return data().resolve("log"); }
    public Path run() { return data().resolve("run"); }
    public Path cache() { return data().resolve("cache"); }
    public Path lockFile() { return run().resolve("ampgate.lock"); }
    public Path pidFile() { return run().resolve("ampgate.pid"); }
    public Path readyFile() { return run().resolve("ready"); }
    /** What {@code --demo} prints once the demo runs, for {@code bin/ampgate start} to show too. */
    public Path welcomeFile() { return run().resolve("welcome.txt"); }

    /**
     * The shell socket. Unix socket paths are limited to about 107 bytes, so a site whose folder
     * is deeply nested gets a socket in the temp folder, named after a hash of its data folder.
     */
    public Path shellSocket() {
        Path local = run().resolve("shell.sock");
        if (local.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 100) {
            return local;
        }
        String hash = Integer.toHexString(data().toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "ampgate-" + hash + ".sock");
    }
}
