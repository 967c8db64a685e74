package io.ampgate.core.badge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the badge commands' options make of a badge, and what they say when an option is wrong. */
class BadgeOptionsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Badge apply(String... options) {
        return BadgeOptions.apply(Badge.of("04A1", ""), List.of(options), PARIS);
    }

    @Test
    void everyFieldHasAnOption() {
        Badge b = apply("holder=Ada Lovelace", "parent=FLEET", "from=2026-12-01", "until=2027-01-01",
                "stations=CP1,CP2", "zones=garage", "connectors=CP1:2", "vip", "email=ada@example.org",
                "phone=+33 1 23", "note=night shift");

        assertThat(b.holder()).isEqualTo("Ada Lovelace");
        assertThat(b.parentCode()).isEqualTo("FLEET");
        assertThat(b.validFrom()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(b.validUntil()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(b.stations().only()).containsExactlyInAnyOrder("CP1", "CP2");
        assertThat(b.zones().only()).containsExactly("garage");
        assertThat(b.connectors().only()).containsExactly(new ConnectorRef("CP1", 2));
        assertThat(b.vip()).isTrue();
        assertThat(b.email()).isEqualTo("ada@example.org");
        assertThat(b.description()).isEqualTo("night shift");
    }

    @Test
    void aScheduleListsDaysAndHours() {
        Badge b = apply("schedule=MON-FRI@07:00-19:00;SAT@8:00-24:00");

        assertThat(b.authorization()).isEqualTo(Badge.Authorization.SCHEDULE);
        assertThat(b.windows()).hasSize(6).contains(
                new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(7, 0), LocalTime.of(19, 0)),
                new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.MIDNIGHT));
        assertThat(apply("schedule=FRI-MON@22:00-23:00").windows()).extracting(WeeklyWindow::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(apply("deny").authorization()).isEqualTo(Badge.Authorization.DENY_ALL);
        assertThat(BadgeOptions.apply(apply("deny"), List.of("allow"), PARIS).authorization())
                .isEqualTo(Badge.Authorization.ALLOW_ALL);
    }

    @Test
    void aFleetCardGetsAMonthlyAllowance() {
        assertThat(apply("credit=50kWh", "recharge=150kWh/30d", "max=200kWh").credit())
                .isEqualTo(new EnergyCredit(false, 50_000, 150_000, 30, 200_000L, null));
        assertThat(apply("recharge=10kWh/7d").credit()).as("a recharge alone starts from nothing")
                .isEqualTo(new EnergyCredit(false, 0, 10_000, 7, null, null));
        assertThat(BadgeOptions.apply(apply("credit=500Wh"), List.of("credit=unlimited"), PARIS).credit().unlimited())
                .isTrue();
    }

    @Test
    void scopesGoBackToEverything() {
        Badge limited = apply("stations=CP1");

        assertThat(BadgeOptions.apply(limited, List.of("stations=all"), PARIS).stations().all()).isTrue();
        assertThat(BadgeOptions.apply(apply("until=2027-01-01"), List.of("until=-"), PARIS).validUntil()).isNull();
        assertThat(apply("stations=CP1, ,CP2").stations().only()).isEqualTo(Set.of("CP1", "CP2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "colour=red                 | unknown option 'colour'",
        "schedule=MON               | should look like MON-FRI@07:00-19:00",
        "schedule=XYZ@07:00-19:00   | 'XYZ' is not a day",
        "schedule=MON@7h-19h        | is not a time",
        "schedule=MON@19:00-07:00   | must be after 'from'",
        "from=tomorrow              | from=tomorrow is not a date",
        "credit=50                  | '50' is not an energy",
        "recharge=10kWh             | should look like 100kWh/30d",
        "recharge=10kWh/xd          | the period is a number of days",
        "max=10kWh                  | needs a limited credit",
        "connectors=CP1             | should look like CP1:2",
        "vip=maybe                  | use true or false",
    })
    void aWrongOptionIsRefusedWithWhatItShouldLookLike(String option, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> apply(option)).withMessageContaining(message);
    }
}
