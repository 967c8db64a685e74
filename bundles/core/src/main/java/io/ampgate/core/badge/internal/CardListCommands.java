package io.ampgate.core.badge.internal;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.CardListRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands for card lists (the groups of badges a station can be limited to):
 * {@code cardlist:list}, {@code cardlist:show}, {@code cardlist:create}, {@code cardlist:add},
 * {@code cardlist:remove} and {@code cardlist:delete}. Every change moves the list to its next
 * version; stations that use it get it at the next local-list sync.
 */
@Component(service = CardListCommands.class, property = {
        "osgi.command.scope=cardlist",
        "osgi.command.function=list",
        "osgi.command.function=show",
        "osgi.command.function=create",
        "osgi.command.function=add",
        "osgi.command.function=remove",
        "osgi.command.function=delete"})
public final class CardListCommands {
    private final CardListRepository lists;
    private final BadgeRepository badges;

    @Activate
    public CardListCommands(@Reference CardListRepository lists, @Reference BadgeRepository badges) {
        this.lists = lists;
        this.badges = badges;
    }

    public String list() {
        List<CardList> all = lists.list();
        if (all.isEmpty()) {
            return "no card lists (create one: cardlist:create <name> <badge uid> ...)";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %7s %7s  %s%n", "NAME", "VERSION",
                "BADGES", "DESCRIPTION"));
        all.forEach(l -> out.append(String.format(Locale.ROOT, "%-24s %7d %7d  %s%n", l.name(), l.version(),
                l.members().size(), l.description())));
        return out.toString().stripTrailing();
    }

    public String show(String name) {
        CardList list = find(name);
        List<String> uids = new ArrayList<>();
        for (long id : list.members()) {
            badges.find(id).ifPresent(b -> uids.add(b.uid() + (b.holder().isEmpty() ? "" : "  " + b.holder())));
        }
        uids.sort(String.CASE_INSENSITIVE_ORDER);
        return list.name() + ", version " + list.version() + ", " + uids.size() + " badge(s)"
                + (list.description().isEmpty() ? "" : "\n" + list.description())
                + (uids.isEmpty() ? "" : "\n  " + String.join("\n  ", uids));
    }

    public String create(String name, String... uids) {
        CardList saved = lists.save(CardList.of(name, ids(uids)));
        return "created card list " + saved.name() + " (version " + saved.version() + ", " + saved.members().size()
                + " badge(s))";
    }

    public String add(String name, String... uids) {
        return change(name, uids, lists::addMember);
    }

    public String remove(String name, String... uids) {
        return change(name, uids, lists::removeMember);
    }

    private String change(String name, String[] uids, java.util.function.ToIntBiFunction<Long, Long> member) {
        CardList list = find(name);
        int version = list.version();
        for (long id : ids(uids)) {
            version = member.applyAsInt(list.id(), id);
        }
        return "card list " + list.name() + " is at version " + version;
    }

    public String delete(String name) {
        CardList list = find(name);
        lists.delete(list.id());
        return "deleted card list " + list.name();
    }

    private CardList find(String name) {
        return lists.list().stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no card list '" + name + "'"));
    }

    private Set<Long> ids(String... uids) {
        Set<Long> ids = new HashSet<>();
        for (String uid : uids) {
            ids.add(badges.findByUid(uid).map(Badge::id)
                    .orElseThrow(() -> new IllegalArgumentException("there is no badge " + uid)));
        }
        return ids;
    }
}
