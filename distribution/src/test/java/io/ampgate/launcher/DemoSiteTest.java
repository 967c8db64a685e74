package io.ampgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoSiteTest {
    static final Instant NOW = Instant.parse("2026-11-22T21:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Map<String, String> SETTINGS = Map.of("org.osgi.service.http.port", "18080",
            "org.apache.felix.http.host", "0.0.0.0");

    @TempDir Path dir;
    Layout layout;
    PluginCatalog catalog;

    /** An installation with a small demo folder and its two plugins, and an empty site. */
    @BeforeEach
    void installation() throws IOException {
        layout = new Layout(dir.resolve("home"), dir.resolve("site"));
        Path demo = Files.createDirectories(DemoSite.templates(layout));
        Files.writeString(demo.resolve("io.ampgate.simulator.site.cfg"),
                "ocppPort = ${ocppPort}\nsiteMeterPort = ${siteMeterPort}\npvPort = ${pvPort}\n"
                        + "gridSignalPort = ${gridSignalPort}\ntimeZone = ${timeZone}\nlongitude = ${longitude}\n");
        Files.writeString(demo.resolve("io.ampgate.meter.eastron-site.cfg"), "address = 1@127.0.0.1:${siteMeterPort}\n");
        Files.writeString(demo.resolve("plugins.txt"), "# the demo's plugins\nsimulator\n\nmeter-eastron\n");
        Files.writeString(demo.resolve("commissioning.txt"), "# the model\nampgate:setting site.timeZone ${timeZone}\nzone:add site - 100\n");
        PluginCatalogTest.bundle(layout.pluginsAvailable().resolve("io.ampgate.simulator-1.0.0.jar"), "io.ampgate.simulator", "1.0.0");
        PluginCatalogTest.bundle(layout.pluginsAvailable().resolve("io.ampgate.meter.eastron-1.0.0.jar"), "io.ampgate.meter.eastron", "1.0.0");
        SiteFolders.prepare(layout);
        catalog = new PluginCatalog(layout);
    }

    DemoSite open() throws Exception {
        return DemoSite.open(layout, SETTINGS, NOW, PARIS, "./ampgate");
    }

    @Test
    void anEmptySiteBecomesTheDemoWithTheSitesOwnOcppPort() throws Exception {
        Files.writeString(layout.conf().resolve("io.ampgate.ocpp.cfg"), "host = 127.0.0.1\nport = 19001\ntlsPort = 19044\n");
        open().prepare(catalog);

        DemoMarker marker = DemoMarker.read(layout);
        assertThat(marker.get("ocppPort")).isEqualTo("19001");
        assertThat(marker.get("ocppTlsPort")).isNull();
        assertThat(marker.get("timeZone")).isEqualTo("Etc/GMT+10");
        assertThat(marker.get(DemoMarker.CREATED)).isEqualTo(NOW.toString());
        List<String> modbus = List.of(marker.get("siteMeterPort"), marker.get("pvPort"), marker.get("gridSignalPort"));
        assertThat(modbus).doesNotHaveDuplicates().doesNotContain("19001", "19044", "18080");
        assertThat(Files.readString(layout.conf().resolve("io.ampgate.simulator.site.cfg"))).isEqualTo(
                "ocppPort = 19001\nsiteMeterPort = " + modbus.get(0) + "\npvPort = " + modbus.get(1) + "\ngridSignalPort = "
                        + modbus.get(2) + "\ntimeZone = Etc/GMT+10\nlongitude = -150\n");
        assertThat(Files.readString(layout.conf().resolve("io.ampgate.meter.eastron-site.cfg")))
                .isEqualTo("address = 1@127.0.0.1:" + modbus.get(0) + "\n");
        assertThat(Files.readString(layout.conf().resolve("io.ampgate.ocpp.cfg"))).contains("port = 19001");
        assertThat(catalog.plugins()).filteredOn(PluginCatalog.Plugin::enabled).extracting(PluginCatalog.Plugin::name)
                .containsExactly("meter-eastron", "simulator");
        assertThat(marker.is(DemoMarker.FILES_DONE)).isTrue();
        assertThat(DemoGuard.inspect(layout).kind()).isEqualTo(DemoGuard.Kind.DEMO);
    }

    @Test
    void withoutOcppSettingsTheDemoKeepsItsOcppServerOnLoopback() throws Exception {
        open().prepare(catalog);
        DemoMarker marker = DemoMarker.read(layout);
        String written = Files.readString(layout.conf().resolve("io.ampgate.ocpp.cfg"));
        assertThat(written).contains("host = 127.0.0.1\n", "port = " + marker.get("ocppPort") + "\n",
                "tlsPort = " + marker.get("ocppTlsPort") + "\n");
        assertThat(Files.readString(layout.conf().resolve("io.ampgate.simulator.site.cfg")))
                .contains("ocppPort = " + marker.get("ocppPort") + "\n");
    }

    @Test
    void aRealSiteIsRefusedAndLeftAsItWas() throws Exception {
        Files.createDirectories(layout.data().resolve("db"));
        Files.writeString(layout.data().resolve("db").resolve("service.properties"), "x");
        Files.writeString(layout.conf().resolve("io.ampgate.meter.eastron-grid.cfg"), "x");
        assertThatThrownBy(this::open).isInstanceOf(DemoSite.Refused.class).hasMessage("""
                --demo refused: %s holds a site that the demo did not create:
                  conf/io.ampgate.meter.eastron-grid.cfg (settings of a component)
                  data/db (a database)
                The demo never changes a real site. Start it in an empty site folder, for example:
                  AMPGATE_BASE=$HOME/ampgate-demo ./ampgate --demo
                or run this site as it is, without --demo.""".formatted(layout.base()));
        assertThat(DemoMarker.folder(layout)).doesNotExist();
        assertThat(catalog.plugins()).noneMatch(PluginCatalog.Plugin::enabled);
    }

    @Test
    void anInstallationWithoutDemoSaysSo() throws Exception {
        Files.walk(DemoSite.templates(layout)).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertThatThrownBy(this::open).isInstanceOf(DemoSite.Refused.class).hasMessageContaining("has no demo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "port = nine         | conf/io.ampgate.ocpp.cfg: port 'nine' is not a port (1 to 65535); fix it, then start again.",
        "port = 70000        | conf/io.ampgate.ocpp.cfg: port '70000' is not a port (1 to 65535); fix it, then start again.",
        "tlsPort = -3        | conf/io.ampgate.ocpp.cfg: tlsPort '-3' is not a port (1 to 65535); fix it, then start again."})
    void unreadableOcppPortsAreRefusedNamingTheFile(String line, String message) throws Exception {
        Files.writeString(layout.conf().resolve("io.ampgate.ocpp.cfg"), line + "\n");
        assertThatThrownBy(this::open).isInstanceOf(DemoSite.Refused.class).hasMessage(message);
    }

    @Test
    void anEmptyOcppPortMeansTheDefault() throws Exception {
        Files.writeString(layout.conf().resolve("io.ampgate.ocpp.cfg"), "port =\n");
        open();
        assertThat(DemoMarker.read(layout).get("ocppPort")).isEqualTo("9000");
    }

    @Test
    void commissioningRecordsEachStepAndASecondStartReusesTheDemoWithoutChangingIt() throws Exception {
        DemoSite first = open();
        first.prepare(catalog);
        List<String> ran = new ArrayList<>();
        assertThat(first.commission(command -> {
            ran.add(command);
            return new CommissioningScript.Answer(0, "ok\n", "");
        })).isEmpty();
        assertThat(ran).containsExactly("ampgate:setting site.timeZone Etc/GMT+10", "zone:add site - 100");
        assertThat(first.welcome(SETTINGS, NOW)).contains("Ampgate demo site created in " + layout.base(),
                "Web console: http://127.0.0.1:18080/", "./ampgate shell", "Etc/GMT+10, 11:00 there now");

        Files.writeString(layout.conf().resolve("io.ampgate.simulator.site.cfg"), "timeZone = Europe/Paris\n"); // tuned
        DemoSite second = DemoSite.open(layout, SETTINGS, NOW.plusSeconds(86_400), PARIS, "bin/ampgate");
        second.prepare(catalog);
        assertThat(second.commission(command -> {
            throw new AssertionError("a complete demo runs no command: " + command);
        })).isEmpty();
        assertThat(Files.readString(layout.conf().resolve("io.ampgate.simulator.site.cfg"))).isEqualTo("timeZone = Europe/Paris\n");
        assertThat(DemoMarker.read(layout).get(DemoMarker.CREATED)).isEqualTo(NOW.toString());
        assertThat(second.welcome(SETTINGS, NOW)).contains("Ampgate demo site (made 2026-11-22)", "Europe/Paris, 22:00 there now");
    }

    @Test
    void aFailedCommissioningIsReportedAndTheNextStartDoesTheRest() throws Exception {
        DemoSite first = open();
        first.prepare(catalog);
        Optional<String> failure = first.commission(command -> command.startsWith("zone:add")
                ? new CommissioningScript.Answer(1, "", "there is no meter grid\n")
                : new CommissioningScript.Answer(0, "ok", ""), Duration.ofMillis(1), Duration.ofSeconds(1));
        assertThat(failure).get().asString().startsWith("The demo site is not complete: command 2 of demo/commissioning.txt, "
                + "'zone:add site - 100', still failed after 1 s: there is no meter grid\n");
        assertThat(DemoMarker.read(layout).getInt(DemoMarker.STEPS_DONE, -1)).isEqualTo(1);

        List<String> ran = new ArrayList<>();
        DemoSite second = open();
        assertThat(second.commission(command -> {
            ran.add(command);
            return new CommissioningScript.Answer(0, "ok", "");
        })).isEmpty();
        assertThat(ran).containsExactly("zone:add site - 100");
        assertThat(DemoMarker.read(layout).is(DemoMarker.COMPLETE)).isTrue();
    }

    @Test
    void aDemoStoppedBeforeItsRecordWasWrittenIsMadeAgain() throws Exception {
        Files.createDirectories(DemoMarker.folder(layout));
        open().prepare(catalog);
        assertThat(DemoMarker.read(layout).get(DemoMarker.CREATED)).isEqualTo(NOW.toString());
        assertThat(layout.conf().resolve("io.ampgate.simulator.site.cfg")).exists();
    }

    @Test
    void anUnreadableRecordOrOcppFileIsReportedNotThrown() throws Exception {
        Files.writeString(layout.conf().resolve("io.ampgate.ocpp.cfg"), "port = \\u00zz\n");
        assertThatThrownBy(this::open).isInstanceOf(DemoSite.Refused.class).hasMessageStartingWith("conf/io.ampgate.ocpp.cfg cannot be read");
        Files.delete(layout.conf().resolve("io.ampgate.ocpp.cfg"));
        Files.createDirectories(DemoMarker.folder(layout));
        Files.writeString(DemoMarker.file(layout), "created = \\uZZZZ\n");
        assertThatThrownBy(this::open).isInstanceOf(DemoSite.Refused.class).hasMessageContaining("cannot be read")
                .hasMessageContaining("delete the site folder");
    }

    @Test
    void welcomeNamesTheInterfaceTheConsoleListensOn() throws Exception {
        DemoSite demo = open();
        assertThat(demo.welcome(Map.of("org.osgi.service.http.port", "8443", "org.apache.felix.http.host", "192.168.1.5"), NOW))
                .contains("http://192.168.1.5:8443/");
        assertThat(demo.welcome(Map.of(), NOW)).contains("http://127.0.0.1:8080/");
    }
}
