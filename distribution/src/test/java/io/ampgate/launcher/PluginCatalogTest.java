package io.ampgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluginCatalogTest {
    @TempDir Path home;
    Layout layout;
    PluginCatalog catalog;

    @BeforeEach
    void setUp() throws IOException {
        layout = new Layout(home, home);
        Files.createDirectories(layout.pluginsEnabled());
        bundle(layout.platformBundles().resolve("io.ampgate.core-1.0.0.jar"), "io.ampgate.core", "1.0.0");
        bundle(layout.pluginsAvailable().resolve("io.ampgate.meter.eastron-1.0.0.jar"), "io.ampgate.meter.eastron", "1.0.0");
        bundle(layout.pluginsAvailable().resolve("io.ampgate.strategy.dynamic-1.0.0.jar"), "io.ampgate.strategy.dynamic", "1.0.0");
        bundle(layout.pluginsAvailable().resolve("com.vendor.meter-2.1.0.jar"), "com.vendor.meter;singleton:=true", "2.1.0");
        Files.writeString(layout.pluginsAvailable().resolve("notes.jar"), "not a jar at all");
        Files.createDirectories(layout.features());
        Files.writeString(layout.features().resolve("platform.feature"), "bundles = io.ampgate.core\n");
        Files.writeString(layout.features().resolve("ems-dynamic.feature"),
                "description = Dynamic limits\nrequires = platform, meters\nbundles = io.ampgate.strategy.dynamic\n");
        Files.writeString(layout.features().resolve("meters.feature"), "bundles = io.ampgate.meter.eastron\n");
        Files.writeString(layout.features().resolve("broken.feature"), "bundles = io.ampgate.meter.nosuch, io.ampgate.meter.eastron\n");
        catalog = new PluginCatalog(layout);
    }

    @ParameterizedTest
    @CsvSource({
        "io.ampgate.meter.eastron, meter-eastron",
        "io.ampgate.simulator, simulator",
        "io.ampgate.signal.modbus, signal-modbus",
        "com.vendor.meter, com.vendor.meter"})
    void shortNamesDropOurPrefix(String symbolicName, String name) {
        assertThat(PluginCatalog.shortName(symbolicName)).isEqualTo(name);
    }

    @Test
    void listsBundlesOfAvailableAndIgnoresOtherFiles() throws IOException {
        assertThat(catalog.plugins()).extracting(PluginCatalog.Plugin::name)
                .containsExactly("com.vendor.meter", "meter-eastron", "strategy-dynamic");
        assertThat(catalog.find("com.vendor.meter")).get().extracting(PluginCatalog.Plugin::version).isEqualTo("2.1.0");
    }

    @Test
    void enablingByShortOrSymbolicNameCopiesTheJarAndDisablingRemovesIt() throws IOException {
        catalog.enable("meter-eastron");
        catalog.enable("io.ampgate.meter.eastron"); // twice is harmless
        assertThat(layout.pluginsEnabled().resolve("io.ampgate.meter.eastron-1.0.0.jar")).exists();
        assertThat(catalog.find("meter-eastron").orElseThrow().enabled()).isTrue();
        try (var files = Files.list(layout.pluginsEnabled())) {
            assertThat(files).hasSize(1); // no temporary file left behind
        }

        assertThat(catalog.disable("meter-eastron")).hasSize(1);
        assertThat(layout.pluginsEnabled().resolve("io.ampgate.meter.eastron-1.0.0.jar")).doesNotExist();
        assertThat(catalog.disable("meter-eastron")).isEmpty();
    }

    @Test
    void enablingAFeatureEnablesItsRequiredFeaturesAndSkipsThePlatform() throws IOException {
        assertThat(catalog.enable("ems-dynamic")).extracting(PluginCatalog.Plugin::name)
                .containsExactly("meter-eastron", "strategy-dynamic");
        assertThat(catalog.plugins()).filteredOn(PluginCatalog.Plugin::enabled).hasSize(2);
    }

    @Test
    void aFeatureWithAMissingBundleEnablesNothing() throws IOException {
        assertThatThrownBy(() -> catalog.enable("broken"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meter-nosuch");
        assertThat(catalog.plugins()).noneMatch(PluginCatalog.Plugin::enabled);
    }

    @Test
    void unknownNamesAreRefusedWithAHint() {
        assertThatThrownBy(() -> catalog.enable("meter-nosuch"))
                .hasMessageContaining("no plugin or feature named 'meter-nosuch'").hasMessageContaining("plugin list");
    }

    @Test
    void aNewerAvailableVersionReplacesTheEnabledOne() throws IOException {
        bundle(layout.pluginsEnabled().resolve("io.ampgate.meter.eastron-0.9.0.jar"), "io.ampgate.meter.eastron", "0.9.0");
        catalog.enable("meter-eastron");
        assertThat(layout.pluginsEnabled().resolve("io.ampgate.meter.eastron-0.9.0.jar")).doesNotExist();
        assertThat(catalog.find("meter-eastron").orElseThrow().version()).isEqualTo("1.0.0");
    }

    @Test
    void theHighestBundleVersionWinsNotTheLastFileName() throws IOException {
        bundle(layout.pluginsAvailable().resolve("io.ampgate.meter.eastron-1.0.10.jar"), "io.ampgate.meter.eastron", "1.0.10");
        bundle(layout.pluginsAvailable().resolve("io.ampgate.meter.eastron-1.0.9.jar"), "io.ampgate.meter.eastron", "1.0.9");
        assertThat(catalog.enable("meter-eastron")).singleElement()
                .extracting(PluginCatalog.Plugin::version).isEqualTo("1.0.10");
        assertThat(layout.pluginsEnabled().resolve("io.ampgate.meter.eastron-1.0.10.jar")).exists();
    }

    @Test
    void aSiteFolderApartFromTheInstallationHasItsOwnVendorPluginsAndFeatures(@TempDir Path site) throws IOException {
        Layout split = new Layout(home, site);
        bundle(site.resolve("plugins/available/com.vendor.pv-1.0.0.jar"), "com.vendor.pv", "1.0.0");
        Files.createDirectories(site.resolve("features"));
        Files.writeString(site.resolve("features/vendor-pv.feature"), "bundles = com.vendor.pv, io.ampgate.meter.eastron\n");
        PluginCatalog siteCatalog = new PluginCatalog(split);

        assertThat(siteCatalog.enable("vendor-pv")).extracting(PluginCatalog.Plugin::name)
                .containsExactly("com.vendor.pv", "meter-eastron");
        assertThat(site.resolve("plugins/enabled/com.vendor.pv-1.0.0.jar")).exists();
        assertThat(siteCatalog.features()).containsKeys("vendor-pv", "ems-dynamic");
    }

    @Test
    void aFeatureRequiringAnUndefinedFeatureIsAnError() throws IOException {
        Files.writeString(layout.features().resolve("orphan.feature"), "requires = nosuch\nbundles = io.ampgate.meter.eastron\n");
        assertThatThrownBy(() -> catalog.enable("orphan")).hasMessageContaining("feature 'nosuch' is required but not defined");
    }

    static void bundle(Path jar, String symbolicName, String version) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
            out.flush();
        }
    }
}
