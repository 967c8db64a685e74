package io.ampgate.core.badge.internal;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.site.WeeklyWindow;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code name=value} options of the badge commands, applied to a badge: what an operator types
 * in the shell becomes a checked {@link Badge}, or an {@link IllegalArgumentException} that says
 * which option is wrong and what it should look like.
 */
final class BadgeOptions {
    static final String HELP = """
            options: holder=NAME  parent=CODE  allow | deny | schedule=DAYS@HH:MM-HH:MM[;...]
              from=YYYY-MM-DD  until=YYYY-MM-DD  (site time zone; until= is the first day it no longer works; - clears)
              credit=unlimited | credit=N(kWh|Wh)  recharge=N(kWh|Wh)/Dd  max=N(kWh|Wh)
              stations=ID,ID | all  zones=ID,ID | all  connectors=STATION:N,... | all
              vip=true|false  email=...  phone=...  note=...
            DAYS: MON, MON-FRI, SAT,SUN ...""";

    private BadgeOptions() {
    }

    static Badge apply(Badge badge, List<String> options, ZoneId zone) {
        Badge b = badge;
        for (String option : options) {
            int eq = option.indexOf('=');
            String name = (eq < 0 ? option : option.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : option.substring(eq + 1).strip();
            b = apply(b, name, value, zone);
        }
        return b;
    }

    private static Badge apply(Badge b, String name, String value, ZoneId zone) {
        return switch (name) {
            case "holder" -> with(b).holder(value).build();
            case "parent" -> with(b).parent(value).build();
            case "allow" -> with(b).authorization(Badge.Authorization.ALLOW_ALL, List.of()).build();
            case "deny" -> with(b).authorization(Badge.Authorization.DENY_ALL, b.windows()).build();
            case "schedule" -> with(b).authorization(Badge.Authorization.SCHEDULE, windows(value)).build();
            case "from" -> with(b).validFrom(day(value, zone, name)).build();
            case "until" -> with(b).validUntil(day(value, zone, name)).build();
            case "credit" -> with(b).credit(credit(b.credit(), value)).build();
            case "recharge" -> with(b).credit(recharge(b.credit(), value)).build();
            case "max" -> with(b).credit(max(b.credit(), value)).build();
            case "stations" -> with(b).stations(scope(value)).build();
            case "zones" -> with(b).zones(scope(value)).build();
            case "connectors" -> with(b).connectors(connectors(value)).build();
            case "vip" -> with(b).vip(bool(value, name)).build();
            case "email" -> with(b).email(value).build();
            case "phone" -> with(b).phone(value).build();
            case "note" -> with(b).note(value).build();
            default -> throw new IllegalArgumentException("unknown option '" + name + "'\n" + HELP);
        };
    }

    private static BadgeDraft with(Badge b) {
        return new BadgeDraft(b);
    }

    static List<WeeklyWindow> windows(String value) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (String part : value.split(";")) {
            String[] daysAndHours = part.strip().split("@");
            String[] hours = daysAndHours.length == 2 ? daysAndHours[1].split("-") : new String[0];
            if (hours.length != 2) {
                throw new IllegalArgumentException("schedule '" + part + "' should look like MON-FRI@07:00-19:00");
            }
            LocalTime from = time(hours[0]);
            LocalTime to = hours[1].strip().equals("24:00") ? LocalTime.MIDNIGHT : time(hours[1]);
            for (DayOfWeek day : days(daysAndHours[0])) {
                windows.add(new WeeklyWindow(day, from, to));
            }
        }
        return windows;
    }

    private static List<DayOfWeek> days(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] range = item.strip().split("-");
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length > 1 ? day(range[1]) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).filter(d -> t.length() >= 2 && d.name().startsWith(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a day: use MON, TUE ... SUN"));
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: use HH:MM such as 07:30", e);
        }
    }

    private static Instant day(String value, ZoneId zone, String option) {
        if (value.equals("-") || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + "=" + value + " is not a date: use YYYY-MM-DD", e);
        }
    }

    static long energy(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("kwh")) {
                return Math.round(Double.parseDouble(v.substring(0, v.length() - 3).strip()) * 1000);
            }
            if (v.endsWith("wh")) {
                return Long.parseLong(v.substring(0, v.length() - 2).strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + value + "' is not an energy: use e.g. 50kWh or 500Wh");
    }

    private static EnergyCredit credit(EnergyCredit c, String value) {
        if (value.equalsIgnoreCase("unlimited")) {
            return EnergyCredit.unlimitedCredit();
        }
        long wh = energy(value);
        return c.unlimited() ? EnergyCredit.of(wh)
                : new EnergyCredit(false, wh, c.rechargeWh(), c.rechargeEveryDays(), c.maxWh(), c.lastRecharge());
    }

    private static EnergyCredit recharge(EnergyCredit c, String value) {
        String[] parts = value.split("/");
        if (parts.length != 2 || !parts[1].strip().toLowerCase(Locale.ROOT).endsWith("d")) {
            throw new IllegalArgumentException("recharge=" + value + " should look like 100kWh/30d (or 0kWh/0d: none)");
        }
        long wh = energy(parts[0]);
        int days;
        try {
            days = Integer.parseInt(parts[1].strip().substring(0, parts[1].strip().length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("recharge=" + value + ": the period is a number of days, e.g. 30d", e);
        }
        long remaining = c.unlimited() ? 0 : c.remainingWh();
        return new EnergyCredit(false, remaining, wh, days, c.unlimited() ? null : c.maxWh(),
                c.unlimited() ? null : c.lastRecharge());
    }

    private static EnergyCredit max(EnergyCredit c, String value) {
        if (c.unlimited()) {
            throw new IllegalArgumentException("max= needs a limited credit: give credit= first");
        }
        Long maxWh = value.equals("-") ? null : energy(value);
        return new EnergyCredit(false, c.remainingWh(), c.rechargeWh(), c.rechargeEveryDays(), maxWh, c.lastRecharge());
    }

    private static Scope<String> scope(String value) {
        return value.equalsIgnoreCase("all") ? Scope.everything() : Scope.only(items(value));
    }

    private static Scope<ConnectorRef> connectors(String value) {
        if (value.equalsIgnoreCase("all")) {
            return Scope.everything();
        }
        List<ConnectorRef> refs = new ArrayList<>();
        for (String item : items(value)) {
            int colon = item.lastIndexOf(':');
            try {
                refs.add(new ConnectorRef(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("connector '" + item + "' should look like CP1:2", e);
            }
        }
        return Scope.only(refs);
    }

    private static List<String> items(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean bool(String value, String option) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(option + "=" + value + ": use true or false");
        };
    }
}
