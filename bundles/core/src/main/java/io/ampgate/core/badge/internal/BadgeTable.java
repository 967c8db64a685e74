package io.ampgate.core.badge.internal;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.site.WeeklyWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Badges as the shell prints them. */
final class BadgeTable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private BadgeTable() {
    }

    static String render(List<Badge> badges, ZoneId zone) {
        if (badges.isEmpty()) {
            return "no badges (add one: badge:add <uid> holder=\"Name\")";
        }
        String format = "%-16s %-24s %-10s %-9s %-23s %-14s %8s %-16s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, "UID", "HOLDER", "PARENT", "ACCESS",
                "VALID", "CREDIT", "SESSIONS", "LAST USED"));
        for (Badge b : badges) {
            out.append(String.format(Locale.ROOT, format, b.uid(), cut(b.holder(), 24), cut(b.parentCode(), 10),
                    access(b), validityShort(b, zone), credit(b.credit()), b.sessionCount(), time(b.lastUsed(), zone)));
        }
        return out.toString().replaceAll(" +\n", "\n").stripTrailing();
    }

    static String details(Badge b, ZoneId zone) {
        return String.join("\n",
                "badge       " + b.uid() + (b.vip() ? "  (VIP)" : ""),
                "holder      " + b.holder(),
                "parent      " + dash(b.parentCode()),
                "access      " + access(b) + (b.windows().isEmpty() ? "" : "  " + windows(b.windows())),
                "valid       " + validity(b, zone),
                "stations    " + scope(b.stations()),
                "zones       " + scope(b.zones()),
                "connectors  " + (b.connectors().all() ? "all" : b.connectors().only().stream()
                        .map(c -> c.stationId() + ":" + c.connector()).sorted().collect(Collectors.joining(", "))),
                "credit      " + credit(b.credit()) + recharge(b.credit()),
                "contact     " + dash((b.email() + " " + b.phone()).strip()),
                "note        " + dash(b.description()),
                "sessions    " + b.sessionCount() + ", last " + time(b.lastUsed(), zone));
    }

    static String energy(long wh) {
        return String.format(Locale.ROOT, "%.3f kWh", wh / 1000.0);
    }

    private static String access(Badge b) {
        return switch (b.authorization()) {
            case ALLOW_ALL -> "allowed";
            case DENY_ALL -> "blocked";
            case SCHEDULE -> "schedule";
        };
    }

    private static String windows(List<WeeklyWindow> windows) {
        return windows.stream().map(w -> w.day().name().substring(0, 3) + "@" + w.from() + "-"
                + (w.to().equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : w.to().toString()))
                .collect(Collectors.joining(";"));
    }

    private static String validity(Badge b, ZoneId zone) {
        if (b.validFrom() == null && b.validUntil() == null) {
            return "always";
        }
        return (b.validFrom() == null ? "" : "from " + DAY.format(b.validFrom().atZone(zone)))
                + (b.validFrom() != null && b.validUntil() != null ? " " : "")
                + (b.validUntil() == null ? "" : "until " + DAY.format(b.validUntil().atZone(zone)));
    }

    /** The validity in the table's 23 columns: both ends as a range. */
    private static String validityShort(Badge b, ZoneId zone) {
        return b.validFrom() != null && b.validUntil() != null
                ? DAY.format(b.validFrom().atZone(zone)) + ".." + DAY.format(b.validUntil().atZone(zone))
                : validity(b, zone);
    }

    private static String credit(EnergyCredit c) {
        return c.unlimited() ? "unlimited" : energy(c.remainingWh());
    }

    private static String recharge(EnergyCredit c) {
        if (c.unlimited()) {
            return "";
        }
        return (c.rechargeEveryDays() > 0 ? ", +" + energy(c.rechargeWh()) + " every " + c.rechargeEveryDays() + " days" : "")
                + (c.maxWh() == null ? "" : ", at most " + energy(c.maxWh()));
    }

    private static String scope(Scope<String> scope) {
        return scope.all() ? "all" : scope.only().stream().sorted().collect(Collectors.joining(", "));
    }

    private static String time(Instant t, ZoneId zone) {
        return t == null ? "never" : MINUTE.format(t.atZone(zone));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
