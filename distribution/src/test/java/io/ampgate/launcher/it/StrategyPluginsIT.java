package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four strategy plugins in the running gateway: enabled, configured by files in conf/ as
 * docs/energy-management.md says, each registers its Strategy service with its id; an invalid
 * configuration does not start and the log says what is wrong.
 */
class StrategyPluginsIT {

    @Test
    void strategiesStartWithTheirConfigurationAndRefuseAnInvalidOne(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            Files.writeString(dir.resolve("conf/io.ampgate.strategy.pv.cfg"), """
                    mode = MINIMUM_PLUS_SURPLUS
                    includedStations = barn-1, barn-2
                    minimumPowerW = 4140
                    startThresholdW = 4140
                    """);
            Files.writeString(dir.resolve("conf/io.ampgate.strategy.gridsignal.cfg"), """
                    signalTimeoutSeconds = 900
                    reducedCap = 20, 10, 10
                    reducedMaxSessions = 4
                    """);
            Files.writeString(dir.resolve("conf/io.ampgate.strategy.dynamic.cfg"), "meterTimeoutSeconds = 0\n");
            assertThat(site.ampgate("start").exit()).isZero();
            for (String plugin : new String[] {"strategy-static", "strategy-dynamic", "strategy-pv",
                    "strategy-gridsignal"}) {
                assertThat(site.ampgate("plugin", "enable", plugin).out()).contains(plugin);
            }
            String services = "";
            for (int i = 0; i < 40 && !services.contains("grid-signal"); i++) {
                Thread.sleep(250);
                services = site.exec("inspect cap service io.ampgate.strategy.static io.ampgate.strategy.pv"
                        + " io.ampgate.strategy.gridsignal io.ampgate.strategy.dynamic").out();
            }
            assertThat(services).contains("ampgate.strategy.id = static").contains("ampgate.strategy.id = pv")
                    .contains("ampgate.strategy.id = grid-signal").contains("reducedCap = 20, 10, 10");
            String log = "";
            for (int i = 0; i < 40 && !log.contains("meterTimeoutSeconds"); i++) {
                Thread.sleep(250);
                log = site.log();
            }
            assertThat(log).contains("meterTimeoutSeconds must be more than 0 and at most 86400, was 0.0")
                    .doesNotContain("io.ampgate.strategy.gridsignal:").doesNotContain("io.ampgate.strategy.pv:");
        }
    }
}
