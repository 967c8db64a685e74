package io.ampgate.core.testing;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.site.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** Badges "TAG-1" of holder "Ada" that differ from a plain one in one way, named for the rule tables. */
public final class BadgeVariants {

    private BadgeVariants() {
    }

    /**
     * @param variant what is special about it
     * @param parent its parent code
     * @param now the tables' moment: validity variants are set around it
     */
    public static Badge badge(String variant, String parent, Instant now) {
        Badge.Authorization auth = Badge.Authorization.ALLOW_ALL;
        List<WeeklyWindow> windows = List.of();
        Instant from = null;
        Instant until = null;
        Scope<String> stations = Scope.everything();
        Scope<String> zones = Scope.everything();
        Scope<ConnectorRef> connectors = Scope.everything();
        EnergyCredit credit = EnergyCredit.unlimitedCredit();
        switch (variant) {
            case "plain" -> { }
            case "blocked" -> auth = Badge.Authorization.DENY_ALL;
            case "blocked-elsewhere" -> {
                auth = Badge.Authorization.DENY_ALL;
                stations = Scope.only(Set.of("CP2"));
            }
            case "not-yet-valid" -> from = now.plusSeconds(60);
            case "expired" -> until = now;
            case "valid-until-tonight" -> until = Instant.parse("2026-11-22T22:00:00Z");
            case "sunday-9-to-11" -> {
                auth = Badge.Authorization.SCHEDULE;
                windows = List.of(new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));
            }
            case "weekdays-only" -> {
                auth = Badge.Authorization.SCHEDULE;
                windows = List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(0, 0), LocalTime.MIDNIGHT));
            }
            case "station-CP1-only" -> stations = Scope.only(Set.of("CP1"));
            case "station-CP2-only" -> stations = Scope.only(Set.of("CP2"));
            case "zone-garage-only" -> zones = Scope.only(Set.of("garage"));
            case "connector-CP1-2-only" -> connectors = Scope.only(Set.of(new ConnectorRef("CP1", 2)));
            case "connector-CP2-only" -> connectors = Scope.only(Set.of(new ConnectorRef("CP2", 1)));
            case "credit-left" -> credit = EnergyCredit.of(500);
            case "credit-used-up" -> credit = EnergyCredit.of(0);
            default -> throw new IllegalArgumentException(variant);
        }
        return new Badge(7, "TAG-1", "Ada", "", "", null, parent, "", auth, windows, from, until, stations, zones,
                connectors, credit, false, now.minusSeconds(86400), null, 0);
    }
}
