package io.ampgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoGuardTest {
    @TempDir Path base;
    Layout layout;

    /** A site folder as its first start leaves it before anything runs, with an installer's port choices. */
    @BeforeEach
    void freshSite() throws IOException {
        layout = new Layout(base.resolve("home"), base.resolve("site"));
        SiteFolders.prepare(layout);
        Files.writeString(layout.conf().resolve("ampgate.properties"), "org.osgi.service.http.port = 8081\n");
        Files.writeString(layout.conf().resolve("log4j2.xml"), "<Configuration/>\n");
        Files.writeString(layout.conf().resolve("io.ampgate.ocpp.cfg"), "port = 9001\n");
        Files.writeString(layout.pluginsEnabled().resolve("README.txt"), "plugins this site runs\n");
        Files.writeString(layout.log().resolve("ampgate.log"), "a refused start logged this\n");
        Files.writeString(layout.data().resolve("README.txt"), "the site's data\n");
    }

    @Test
    void aFolderWithOnlyStartUpSettingsAndEmptyFoldersIsEmpty() throws IOException {
        assertThat(DemoGuard.inspect(layout)).isEqualTo(new DemoGuard.Verdict(DemoGuard.Kind.EMPTY, java.util.List.of()));
    }

    @Test
    void aFolderThatWasNeverStartedIsEmpty() throws IOException {
        Layout untouched = new Layout(base.resolve("home"), base.resolve("nothing-yet"));
        assertThat(DemoGuard.inspect(untouched).kind()).isEqualTo(DemoGuard.Kind.EMPTY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "data/db/seg0/c10.dat              | data/db (a database)",
        "data/config/io/ampgate/x.config   | data/config (settings kept by the gateway)",
        "data/backup/ampgate-2026.zip      | data/backup (backups)",
        "data/ocpp/keystore.p12            | data/ocpp (the OCPP server's keys)",
        "data/notes.txt                    | data/notes.txt",
        "conf/io.ampgate.meter.eastron-a.cfg | conf/io.ampgate.meter.eastron-a.cfg (settings of a component)",
        "conf/io.ampgate.store.cfg         | conf/io.ampgate.store.cfg (settings of a component)",
        "conf/io.ampgate.ems.config        | conf/io.ampgate.ems.config (settings of a component)",
        "plugins/enabled/io.ampgate.meter.eastron-1.0.jar | plugins/enabled/io.ampgate.meter.eastron-1.0.jar (an enabled plugin)"})
    void anythingTheDemoDidNotMakeIsARealSite(String file, String evidence) throws IOException {
        Path path = layout.base().resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
        DemoGuard.Verdict verdict = DemoGuard.inspect(layout);
        assertThat(verdict.kind()).isEqualTo(DemoGuard.Kind.REAL);
        assertThat(verdict.evidence()).containsExactly(evidence);
    }

    @Test
    void theDemoFolderMarksTheDemoWhateverElseIsThere() throws IOException {
        Files.createDirectories(layout.data().resolve("db"));
        Files.writeString(layout.data().resolve("db").resolve("seg0"), "x");
        Files.writeString(layout.conf().resolve("io.ampgate.simulator.site.cfg"), "seed = 1\n");
        Files.createDirectories(DemoMarker.folder(layout)); // even before its file is written
        assertThat(DemoGuard.inspect(layout).kind()).isEqualTo(DemoGuard.Kind.DEMO);
    }

    @Test
    void otherFilesInConfAreNotSettings() throws IOException {
        Files.writeString(layout.conf().resolve("keystore.p12"), "x");
        Files.writeString(layout.conf().resolve(".io.ampgate.x.cfg.tmp"), "x");
        assertThat(DemoGuard.inspect(layout).kind()).isEqualTo(DemoGuard.Kind.EMPTY);
    }
}
