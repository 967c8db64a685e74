package io.ampgate.core.site;

import io.ampgate.store.site.SettingsRepository;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.logging.Logger;

/** The site's time zone: setting {@code site.timeZone}, or the machine's when unset or not a zone. */
public final class SiteTimeZone {
    /** The setting that names the site's time zone, e.g. {@code Europe/Paris}. */
    public static final String SETTING = "site.timeZone";

    private static final Logger LOG = Logger.getLogger(SiteTimeZone.class.getName());

    private SiteTimeZone() {
    }

    /**
     * Reads the site's time zone.
     *
     * @param settings the site's settings
     * @return the zone; the machine's (with a warning in the log) if the setting is not a zone
     */
    public static ZoneId of(SettingsRepository settings) {
        return parse(settings.getString(SETTING, ""));
    }

    /**
     * A zone name as the setting holds it.
     *
     * @param name the name, blank for the machine's zone
     * @return the zone; the machine's (with a warning in the log) if the name is not a zone
     */
    public static ZoneId parse(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            LOG.warning(() -> SETTING + " '" + name + "' is not a time zone; using " + ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }
}
