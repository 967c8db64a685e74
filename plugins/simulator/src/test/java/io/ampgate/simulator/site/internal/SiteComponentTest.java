package io.ampgate.simulator.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.simulator.Poll;
import io.ampgate.simulator.site.Daylight;
import io.ampgate.simulator.site.GridLevel;
import io.ampgate.simulator.site.RealTimeScheduler;
import io.ampgate.simulator.site.SimulatedSite;
import io.ampgate.simulator.site.SiteSettings;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteComponentTest {

    /** The form as Config Admin hands it over: the values given, the defaults for the others. */
    private static SiteConfig config(Map<String, Object> given) {
        return (SiteConfig) Proxy.newProxyInstance(SiteConfig.class.getClassLoader(), new Class<?>[] {SiteConfig.class},
                (proxy, method, args) -> given.containsKey(method.getName()) ? given.get(method.getName())
                        : method.getDefaultValue());
    }

    @Test
    void defaultsMakeASmallSite() {
        SiteSettings s = SiteComponent.settings(config(Map.of()));

        assertThat(s.ocppUri()).isEqualTo(URI.create("ws://127.0.0.1:9000/"));
        assertThat(s.stations()).extracting(st -> st.id() + "/" + st.connectors() + "/" + st.phases())
                .containsExactly("SIM-CP1/2/3", "SIM-CP2/1/1");
        assertThat(s.arrivals().badges()).containsExactly("SIM0001", "SIM0002", "SIM0003", "SIM0004");
        assertThat(s.siteMeter().port()).isEqualTo(5020);
        assertThat(s.pvInverter().port()).isEqualTo(5021);
        assertThat(s.gridSignal().port()).isEqualTo(5022);
        assertThat(s.pv().peakW()).isEqualTo(9000);
        assertThat(s.pv().daylight()).isEqualTo(new Daylight.Sun(48.1, 11.6));
        assertThat(s.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(s.meterValuesInterval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void settingsTakeTheirUnits() {
        SiteSettings s = SiteComponent.settings(config(Map.of("timeZone", "Europe/Paris", "pvHours", "07:00-19:00",
                "pvPeakKw", 12.5, "minEnergyKWh", 2.0, "baseLoadImbalancePercent", 20.0, "badges", " A ,, B ",
                "gridSignalSchedule", "17:00=constrained, 19:00=favorable", "ocppPort", 9100)));

        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(s.pv().daylight()).isEqualTo(new Daylight.Hours(LocalTime.of(7, 0), LocalTime.of(19, 0)));
        assertThat(s.pv().peakW()).isEqualTo(12_500);
        assertThat(s.arrivals().minEnergyWh()).isEqualTo(2_000);
        assertThat(s.baseLoad().imbalance()).isEqualTo(0.2);
        assertThat(s.arrivals().badges()).isEqualTo(List.of("A", "B"));
        assertThat(s.signalSchedule().level(ZonedDateTime.parse("2025-06-02T18:00:00+02:00[Europe/Paris]")))
                .isEqualTo(GridLevel.CONSTRAINED);
        assertThat(s.ocppUri()).isEqualTo(URI.create("ws://127.0.0.1:9100/"));
    }

    @Test
    void wrongSettingsSayWhatIsWrong() {
        assertThatThrownBy(() -> SiteComponent.settings(config(Map.of("stations", "CP1:2:Type2"))))
                .hasMessageContaining("id:connectors:plug:phases:maxA");
        assertThatThrownBy(() -> SiteComponent.settings(config(Map.of("pvHours", "dawn-dusk"))))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SiteComponent.settings(config(Map.of("siteMeterPort", 70000))))
                .hasMessageContaining("port");
    }

    @Test
    void startsTheSiteOfTheFormAndTheShellSteersIt() throws Exception {
        try (RealTimeScheduler time = new RealTimeScheduler();
                SimulatedSite site = SiteComponent.start(config(Map.of("stations", "CP9:1:Type2:3:16",
                        "visitsPerDay", 0.0, "ocppPort", 1, "siteMeterPort", 0, "pvPort", 0, "gridSignalPort", 0)),
                        time)) {
            SiteCommands shell = new SiteCommands(site);

            assertThat(shell.status()).contains("site meter 1@127.0.0.1:").contains("CP9");
            assertThat(shell.signal("constrained")).contains("CONSTRAINED (register 1)");
            Poll.until(() -> site.reading().signal() == GridLevel.CONSTRAINED, Duration.ofSeconds(5),
                    "the site's next step shows the held level");
            assertThat(shell.signal("schedule")).contains("follows the schedule");
            Poll.until(() -> site.reading().signal() == GridLevel.FAVORABLE, Duration.ofSeconds(5),
                    "the site's next step follows the (empty) schedule again");
            assertThat(shell.arrive("CP9", 1)).contains("CP9/1: plugged in").contains("badge SIM0001");
            assertThat(shell.arrive("CP9", 1, 10, 1, 32, "-")).contains("taken or unavailable");
            assertThat(shell.leave("CP9", 1)).contains("left");
            assertThat(shell.arrive("CP9", 1, 10, 1, 32, "-")).contains("1 phase(s), 32 A, badge none");
        }
    }
}
