package io.ampgate.core.auth;

import io.ampgate.core.site.SiteTimeZone;
import io.ampgate.store.site.SettingsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The site's authorization choices, from the settings store (what the console changes), read at
 * most every {@value #FRESH_SECONDS} seconds so that a decision costs no settings query:
 * <ul>
 *   <li>{@code auth.acceptUnknownBadges} (false): unknown badges may charge;</li>
 *   <li>{@code auth.oneSessionPerBadge} (false): a badge may run one session at a time;</li>
 *   <li>{@code auth.cacheHours} (24): how long stations may cache an accepted answer;</li>
 *   <li>{@code site.timeZone} (the machine's): the zone of weekly schedules.</li>
 * </ul>
 */
final class SiteRules {

    static final int FRESH_SECONDS = 10;

    record Values(boolean acceptUnknown, boolean oneSessionPerBadge, Duration cacheFor, ZoneId timeZone) {
    }

    private final SettingsRepository settings;
    private final Clock clock;
    private volatile Values values;
    private volatile Instant read = Instant.MIN;

    SiteRules(SettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Values get() {
        Instant now = clock.instant();
        if (values == null || now.isAfter(read.plusSeconds(FRESH_SECONDS))) {
            values = load();
            read = now;
        }
        return values;
    }

    private Values load() {
        long hours = settings.getLong("auth.cacheHours", 24);
        return new Values(settings.getBoolean("auth.acceptUnknownBadges", false),
                settings.getBoolean("auth.oneSessionPerBadge", false),
                Duration.ofHours(Math.max(0, Math.min(hours, 24 * 365))), SiteTimeZone.of(settings));
    }
}
