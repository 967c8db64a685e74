package io.ampgate.core.badge.internal;

import io.ampgate.core.site.SiteTimeZone;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.SettingsRepository;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands for the site's badges: {@code badge:list}, {@code badge:show}, {@code badge:add},
 * {@code badge:set}, {@code badge:credit} and {@code badge:remove}. Options are {@code name=value}
 * pairs ({@link BadgeOptions#HELP}).
 */
@Component(service = BadgeCommands.class, property = {
        "osgi.command.scope=badge",
        "osgi.command.function=list",
        "osgi.command.function=show",
        "osgi.command.function=add",
        "osgi.command.function=set",
        "osgi.command.function=credit",
        "osgi.command.function=remove"})
public final class BadgeCommands {
    private static final int PAGE = 1000;

    private final BadgeRepository badges;
    private final SettingsRepository settings;

    @Activate
    public BadgeCommands(@Reference BadgeRepository badges, @Reference SettingsRepository settings) {
        this.badges = badges;
        this.settings = settings;
    }

    public String list() {
        return list(0);
    }

    public String list(int offset) {
        List<Badge> page = badges.list(Math.max(0, offset), PAGE);
        long count = badges.count();
        String more = offset + page.size() < count ? "\n(" + count + " badges; next page: badge:list "
                + (offset + page.size()) + ")" : "";
        return BadgeTable.render(page, SiteTimeZone.of(settings)) + more;
    }

    public String show(String uid) {
        return BadgeTable.details(find(uid), SiteTimeZone.of(settings));
    }

    public String add(String uid, String... options) {
        Badge badge = BadgeOptions.apply(Badge.of(uid, ""), Arrays.asList(options), SiteTimeZone.of(settings));
        Badge saved = badges.save(badge);
        return "added badge " + saved.uid() + (saved.holder().isEmpty() ? "" : " (" + saved.holder() + ")");
    }

    public String set(String uid, String... options) {
        if (options.length == 0) {
            throw new IllegalArgumentException("nothing to change\n" + BadgeOptions.HELP);
        }
        Badge saved = badges.save(BadgeOptions.apply(find(uid), Arrays.asList(options), SiteTimeZone.of(settings)));
        return "changed badge " + saved.uid();
    }

    /** Adds (+50kWh) or takes away (-10kWh) energy credit. */
    public String credit(String uid, String change) {
        Badge badge = find(uid);
        boolean minus = change.startsWith("-");
        long wh = BadgeOptions.energy(change.startsWith("+") || minus ? change.substring(1) : change);
        return badges.addCredit(badge.id(), minus ? -wh : wh)
                .map(left -> "badge " + badge.uid() + " has " + BadgeTable.energy(left) + " of credit left")
                .orElseThrow(() -> new IllegalArgumentException("badge " + badge.uid()
                        + " has unlimited credit; give it a limit first: badge:set " + badge.uid() + " credit=50kWh"));
    }

    public String remove(String uid) {
        Badge badge = find(uid);
        badges.delete(badge.id());
        return "removed badge " + badge.uid() + " (its sessions stay in the history)";
    }

    private Badge find(String uid) {
        return badges.findByUid(uid).orElseThrow(() -> new IllegalArgumentException("there is no badge " + uid));
    }
}
