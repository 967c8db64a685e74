package io.ampgate.core.site;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A site setting the core reads, with its default and a check that turns what an operator types
 * into the stored value or refuses it with what is expected.
 *
 * @param name the setting's name
 * @param fallback the value used while the setting is not set
 * @param meaning what it does, for the operator
 * @param check the stored form of a typed value; throws {@link IllegalArgumentException} saying
 *     what is expected
 */
public record SiteSetting(String name, String fallback, String meaning, UnaryOperator<String> check) {

    /** The settings of the core, in the order they are listed. */
    public static final List<SiteSetting> ALL = List.of(
            new SiteSetting("auth.acceptUnknownBadges", "false", "badges the site does not know may charge",
                    SiteSetting::bool),
            new SiteSetting("auth.oneSessionPerBadge", "false", "a badge may run one session at a time",
                    SiteSetting::bool),
            new SiteSetting("auth.cacheHours", "24", "how long a station may cache an accepted badge (0-8760 h)",
                    v -> whole(v, 0, 8760)),
            new SiteSetting(SiteTimeZone.SETTING, "", "the site's time zone, e.g. Europe/Paris (empty: the machine's)",
                    SiteSetting::zone));

    /**
     * The setting with a name.
     *
     * @param name the name, compared regardless of case
     * @return the setting, or empty if the core has none of that name
     */
    public static Optional<SiteSetting> named(String name) {
        return ALL.stream().filter(s -> s.name.equalsIgnoreCase(name)).findFirst();
    }

    private static String bool(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> "true";
            case "false", "no", "off" -> "false";
            default -> throw new IllegalArgumentException("'" + v + "' is not true or false");
        };
    }

    private static String whole(String v, long min, long max) {
        try {
            long n = Long.parseLong(v.strip());
            if (n >= min && n <= max) {
                return Long.toString(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + v + "' is not a whole number from " + min + " to " + max);
    }

    private static String zone(String v) {
        if (v.isBlank()) {
            return "";
        }
        try {
            return ZoneId.of(v.strip()).getId();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + v + "' is not a time zone: use a name such as Europe/Paris", e);
        }
    }
}
