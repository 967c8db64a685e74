package io.ampgate.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The plugins a site can enable, and the features that group them. Enabling a plugin is copying
 * its jar from {@code plugins/available} into the watched {@code plugins/enabled}; FileInstall
 * does the rest, so the folder is the one truth and the choice survives restarts.
 */
public final class PluginCatalog {
    static final String OWN_PREFIX = "io.ampgate.";

    /** A plugin jar: its short name, bundle identity and where it stands. */
    public record Plugin(String name, String symbolicName, String version, String title,
                         Path availableJar, Path enabledJar) {
        public boolean enabled() { return enabledJar != null; }
    }

    private final Layout layout;

    public PluginCatalog(Layout layout) {
        this.layout = layout;
    }

    /** {@code io.ampgate.meter.example} is called {@code meter-example}; others keep their name. */
    public static String shortName(String symbolicName) {
        return symbolicName.startsWith(OWN_PREFIX)
                ? symbolicName.substring(OWN_PREFIX.length()).replace('.', '-')
                : symbolicName;
    }

    /** Every plugin in available/ and enabled/ (a jar dropped into enabled/ by hand counts too). */
    public List<Plugin> plugins() throws IOException {
        Map<String, BundleJar> available = new TreeMap<>();
        for (Path folder : layout.availableFolders()) {
            scan(folder).forEach((bsn, jar) -> available.merge(bsn, jar, BundleJar::newer));
        }
        Map<String, BundleJar> enabled = scan(layout.pluginsEnabled());
        Set<String> names = new java.util.TreeSet<>(available.keySet());
        names.addAll(enabled.keySet());
        List<Plugin> result = new ArrayList<>();
        for (String bsn : names) {
            BundleJar a = available.get(bsn);
            BundleJar e = enabled.get(bsn);
            BundleJar any = e != null ? e : a;
            result.add(new Plugin(shortName(bsn), bsn, any.version(), any.title(),
                    a == null ? null : a.path(), e == null ? null : e.path()));
        }
        return result;
    }

    /** The symbolic names of the platform bundles (always installed, never enabled per site). */
    public Set<String> platformBundles() throws IOException {
        return scan(layout.platformBundles()).keySet();
    }

    /** The features of the installation, and of the site (a site's file wins over one of the same name). */
    public Map<String, Feature> features() throws IOException {
        Map<String, Feature> features = new TreeMap<>();
        for (Path folder : layout.featureFolders()) {
            Feature.readAll(folder).forEach(features::putIfAbsent);
        }
        return features;
    }

    /** Finds a plugin by short name or symbolic name. */
    public Optional<Plugin> find(String name) throws IOException {
        return plugins().stream()
                .filter(p -> p.name().equals(name) || p.symbolicName().equals(name))
                .findFirst();
    }

    /**
     * Enables a plugin or every plugin of a feature (and of the features it requires). Nothing is
     * copied unless every named bundle exists, so a typo never half-enables a feature.
     *
     * @return the plugins now enabled by this call (already enabled ones included)
     */
    public List<Plugin> enable(String name) throws IOException {
        List<Plugin> targets = resolve(name);
        List<Plugin> missing = targets.stream().filter(p -> p.availableJar() == null && !p.enabled()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not available: " + missing.stream().map(Plugin::name).toList());
        }
        Files.createDirectories(layout.pluginsEnabled());
        for (Plugin p : targets) {
            if (p.availableJar() != null) {
                install(p);
            }
        }
        Map<String, Plugin> now = new LinkedHashMap<>();
        for (Plugin p : plugins()) {
            now.put(p.symbolicName(), p);
        }
        return targets.stream().map(p -> now.getOrDefault(p.symbolicName(), p)).toList();
    }

    /** Disables a plugin or the plugins of a feature; returns those that were enabled. */
    public List<Plugin> disable(String name) throws IOException {
        List<Plugin> targets = resolve(name);
        List<Plugin> removed = new ArrayList<>();
        for (Plugin p : targets) {
            if (p.enabled()) {
                Files.deleteIfExists(p.enabledJar());
                removed.add(p);
            }
        }
        return removed;
    }

    private void install(Plugin p) throws IOException {
        Path target = layout.pluginsEnabled().resolve(p.availableJar().getFileName());
        if (p.enabled() && !p.enabledJar().equals(target)) {
            Files.delete(p.enabledJar()); // an older version under another file name
        }
        if (Files.exists(target) && Files.mismatch(target, p.availableJar()) == -1) {
            return;
        }
        // FileInstall must never see a half-copied jar: copy to a name it ignores, then rename.
        Path tmp = layout.pluginsEnabled().resolve("." + target.getFileName() + ".tmp");
        Files.copy(p.availableJar(), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A plugin name gives itself; a feature name gives the plugins of it and its requirements. */
    private List<Plugin> resolve(String name) throws IOException {
        Optional<Plugin> plugin = find(name);
        if (plugin.isPresent()) {
            return List.of(plugin.get());
        }
        Map<String, Feature> features = features();
        if (!features.containsKey(name)) {
            throw new IllegalArgumentException("no plugin or feature named '" + name + "' (see 'plugin list')");
        }
        Set<String> platform = platformBundles();
        Map<String, Plugin> byName = new LinkedHashMap<>();
        for (Plugin p : plugins()) {
            byName.put(p.symbolicName(), p);
        }
        List<Plugin> result = new ArrayList<>();
        for (String bsn : Feature.bundlesOf(name, features)) {
            if (platform.contains(bsn)) {
                continue;
            }
            Plugin p = byName.get(bsn);
            result.add(p != null ? p : new Plugin(shortName(bsn), bsn, "", "", null, null));
        }
        return result;
    }

    private record BundleJar(Path path, String version, String title) {
        BundleJar newer(BundleJar other) {
            return org.osgi.framework.Version.parseVersion(other.version)
                    .compareTo(org.osgi.framework.Version.parseVersion(version)) > 0 ? other : this;
        }
    }

    private static Map<String, BundleJar> scan(Path dir) throws IOException {
        Map<String, BundleJar> result = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
            List<Path> sorted = new ArrayList<>();
            jars.forEach(sorted::add);
            sorted.sort(Comparator.naturalOrder());
            for (Path jar : sorted) {
                Manifest mf = manifest(jar);
                String bsn = mf == null ? null : mf.getMainAttributes().getValue("Bundle-SymbolicName");
                if (bsn == null) {
                    continue; // not a bundle: FileInstall would refuse it too
                }
                bsn = bsn.split(";")[0].trim();
                String version = mf.getMainAttributes().getValue("Bundle-Version");
                String title = mf.getMainAttributes().getValue("Bundle-Name");
                BundleJar found = new BundleJar(jar, version == null ? "0.0.0" : version, title == null ? "" : title);
                result.merge(bsn, found, BundleJar::newer);
            }
        }
        return result;
    }

    private static Manifest manifest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        } catch (IOException e) {
            return null;
        }
    }

    /** A named set of bundles: {@code features/NAME.feature}, a properties file. */
    public record Feature(String name, String description, List<String> bundles, List<String> requires) {

        static Map<String, Feature> readAll(Path dir) throws IOException {
            Map<String, Feature> result = new TreeMap<>();
            if (!Files.isDirectory(dir)) {
                return result;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.feature")) {
                for (Path file : files) {
                    Feature f = read(file);
                    result.put(f.name(), f);
                }
            }
            return result;
        }

        static Feature read(Path file) throws IOException {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".feature".length());
            List<String> bundles = list(props.getProperty("bundles"));
            if (bundles.isEmpty()) {
                throw new IOException(file + ": 'bundles' names no bundle");
            }
            return new Feature(name, props.getProperty("description", "").trim(), bundles,
                    list(props.getProperty("requires")));
        }

        /** The bundles of a feature and, depth first, of the features it requires. */
        static Set<String> bundlesOf(String name, Map<String, Feature> all) {
            Set<String> bundles = new LinkedHashSet<>();
            collect(name, all, new LinkedHashSet<>(), bundles);
            return bundles;
        }

        private static void collect(String name, Map<String, Feature> all, Set<String> seen, Set<String> out) {
            if (!seen.add(name)) {
                return;
            }
            Feature f = all.get(name);
            if (f == null) {
                throw new IllegalArgumentException("feature '" + name + "' is required but not defined");
            }
            for (String r : f.requires()) {
                collect(r, all, seen, out);
            }
            out.addAll(f.bundles());
        }

        private static List<String> list(String value) {
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        }
    }
}
