package io.ampgate.core.shell;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.CardList;
import io.ampgate.store.site.CardListRepository;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ampgate:cardlists} and {@code ampgate:cardlist create|add|remove|show|delete NAME [UIDS]}:
 * the site's card lists (which stations hold them: {@code ocpp:list}). Badges are named by UID,
 * several separated by commas.
 */
@Component(service = CardListCommand.class, property = {
        "osgi.command.scope=ampgate",
        "osgi.command.function=cardlists",
        "osgi.command.function=cardlist"})
public final class CardListCommand {

    private static final String USAGE = "usage: ampgate:cardlist create|add|remove NAME UID[,UID...]"
            + " | ampgate:cardlist create|show|delete NAME";

    private final CardListRepository lists;
    private final BadgeRepository badges;

    @Activate
    public CardListCommand(@Reference CardListRepository lists, @Reference BadgeRepository badges) {
        this.lists = lists;
        this.badges = badges;
    }

    /** Every card list: name, version, members. */
    public String cardlists() {
        List<CardList> all = lists.list();
        if (all.isEmpty()) {
            return "no card lists";
        }
        StringBuilder out = new StringBuilder(String.format("%-24s %7s %7s%n", "NAME", "VERSION", "BADGES"));
        all.forEach(l -> out.append(String.format("%-24s %7d %7d%n", l.name(), l.version(), l.members().size())));
        return out.toString().stripTrailing();
    }

    /** {@code create}, {@code show} or {@code delete} a list. */
    public String cardlist(String action, String name) {
        return switch (action) {
            case "create" -> cardlist(action, name, "");
            case "show" -> {
                CardList l = named(name);
                Set<String> uids = new TreeSet<>();
                l.members().forEach(id -> badges.find(id).ifPresent(b -> uids.add(b.uid())));
                yield l.name() + " v" + l.version() + ": " + (uids.isEmpty() ? "no badges" : String.join(", ", uids));
            }
            case "delete" -> {
                lists.delete(named(name).id());
                yield name + " deleted";
            }
            default -> throw new IllegalArgumentException(USAGE);
        };
    }

    /** {@code create} a list with badges, {@code add} badges to it or {@code remove} them. */
    public String cardlist(String action, String name, String uids) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String uid : Arrays.stream(uids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            ids.add(badges.findByUid(uid).map(Badge::id)
                    .orElseThrow(() -> new IllegalArgumentException("there is no badge " + uid)));
        }
        switch (action) {
            case "create" -> lists.save(CardList.of(name, ids));
            case "add" -> {
                long list = named(name).id();
                ids.forEach(id -> lists.addMember(list, id));
            }
            case "remove" -> {
                long list = named(name).id();
                ids.forEach(id -> lists.removeMember(list, id));
            }
            default -> throw new IllegalArgumentException(USAGE);
        }
        CardList now = named(name);
        return name + " v" + now.version() + ": " + now.members().size() + " badges";
    }

    private CardList named(String name) {
        return lists.list().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no card list named '" + name + "'"));
    }
}
