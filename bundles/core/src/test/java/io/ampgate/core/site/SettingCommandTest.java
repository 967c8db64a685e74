package io.ampgate.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.jdbc.site.JdbcSettingsRepository;
import io.ampgate.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The site settings from the shell, over a real Derby store: checked, stored, back to default. */
class SettingCommandTest {

    @Test
    void anOperatorListsChangesAndResetsSettings() throws Exception {
        try (PooledDatabase db = TestDatabases.open(Dialect.DERBY)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
            SettingCommand command = new SettingCommand(settings);

            assertThat(command.setting()).contains("auth.oneSessionPerBadge").contains("false (default)");
            assertThat(command.setting("auth.onesessionperbadge", "yes")).startsWith("auth.oneSessionPerBadge = true");
            assertThat(settings.getBoolean("auth.oneSessionPerBadge", false)).isTrue();
            assertThat(command.setting("site.timeZone", "Europe/Paris")).startsWith("site.timeZone = Europe/Paris");
            assertThat(command.setting("auth.cacheHours", "")).isEqualTo("auth.cacheHours is back to its default: 24");
            assertThat(command.setting("auth.oneSessionPerBadge")).isEqualTo("auth.oneSessionPerBadge = true");

            assertThatIllegalArgumentException().isThrownBy(() -> command.setting("site.timeZone", "Mars/Olympus"))
                    .withMessageContaining("site.timeZone: 'Mars/Olympus' is not a time zone");
            assertThat(settings.get("site.timeZone")).as("nothing stored is lost").hasValue("Europe/Paris");
            assertThatIllegalArgumentException().isThrownBy(() -> command.setting("colour", "red"))
                    .withMessageContaining("there is no site setting 'colour'");
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "auth.acceptUnknownBadges | on       | true     | ",
        "auth.acceptUnknownBadges | maybe    |          | is not true or false",
        "auth.cacheHours          | 0        | 0        | ",
        "auth.cacheHours          | 8761     |          | from 0 to 8760",
        "auth.cacheHours          | 1.5      |          | is not a whole number",
        "site.timeZone            | UTC      | UTC      | ",
    })
    void eachSettingChecksWhatIsTyped(String name, String typed, String stored, String error) {
        SiteSetting setting = SiteSetting.named(name).orElseThrow();
        if (error == null) {
            assertThat(setting.check().apply(typed)).isEqualTo(stored);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> setting.check().apply(typed)).withMessageContaining(error);
        }
    }
}
