package io.ampgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTemplatesTest {

    @Test
    void placeholdersGetTheirValuesAndTheRestStaysAsWritten() {
        String text = "# ports of ${what}\naddress = 1@127.0.0.1:${siteMeterPort}\nother = $1 {x} $ {y}\n";
        assertThat(DemoTemplates.fill(text, Map.of("siteMeterPort", "40123", "what", "the demo")))
                .isEqualTo("# ports of the demo\naddress = 1@127.0.0.1:40123\nother = $1 {x} $ {y}\n");
    }

    @Test
    void valuesAreTakenLiterally() {
        assertThat(DemoTemplates.fill("zone = ${timeZone}", Map.of("timeZone", "$1\\x"))).isEqualTo("zone = $1\\x");
    }

    @Test
    void aPlaceholderWithoutValueIsRefusedWithItsName() {
        assertThatThrownBy(() -> DemoTemplates.fill("a = ${pvPort}, b = ${nope}, c = ${also}", Map.of("pvPort", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no value for [also, nope]");
    }

    @Test
    void everyCfgIsWrittenFilledAndNothingElse(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("demo"));
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(templates.resolve("io.ampgate.meter.eastron-site.cfg"), "address = 1@127.0.0.1:${siteMeterPort}\n");
        Files.writeString(templates.resolve("io.ampgate.simulator.site.cfg"), "siteMeterPort = ${siteMeterPort}\n");
        Files.writeString(templates.resolve("commissioning.txt"), "zone:list\n");
        Files.writeString(conf.resolve("io.ampgate.simulator.site.cfg"), "old\n");

        assertThat(DemoTemplates.copyConfigurations(templates, conf, Map.of("siteMeterPort", "40123")))
                .containsExactly("io.ampgate.meter.eastron-site.cfg", "io.ampgate.simulator.site.cfg");
        assertThat(Files.readString(conf.resolve("io.ampgate.meter.eastron-site.cfg"))).isEqualTo("address = 1@127.0.0.1:40123\n");
        assertThat(Files.readString(conf.resolve("io.ampgate.simulator.site.cfg"))).isEqualTo("siteMeterPort = 40123\n");
        try (var files = Files.list(conf)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("io.ampgate.meter.eastron-site.cfg", "io.ampgate.simulator.site.cfg");
        }
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsNotWritten(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("demo"));
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(templates.resolve("x.cfg"), "port = ${pvPort}\n");
        assertThatThrownBy(() -> DemoTemplates.copyConfigurations(templates, conf, Map.of()))
                .isInstanceOf(IOException.class).hasMessageEndingWith("x.cfg: no value for [pvPort]");
        try (var files = Files.list(conf)) {
            assertThat(files).isEmpty();
        }
    }
}
