package io.ampgate.core.badge.internal;

import io.ampgate.store.site.Badge;
import io.ampgate.store.site.ConnectorRef;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import io.ampgate.store.site.WeeklyWindow;
import java.time.Instant;
import java.util.List;

/** A badge being changed one field at a time; {@link #build()} checks it whole. */
final class BadgeDraft {
    private final Badge b;
    private String holder;
    private String parent;
    private String email;
    private String phone;
    private String note;
    private Badge.Authorization authorization;
    private List<WeeklyWindow> windows;
    private Instant validFrom;
    private Instant validUntil;
    private Scope<String> stations;
    private Scope<String> zones;
    private Scope<ConnectorRef> connectors;
    private EnergyCredit credit;
    private boolean vip;

    BadgeDraft(Badge b) {
        this.b = b;
        holder = b.holder();
        parent = b.parentCode();
        email = b.email();
        phone = b.phone();
        note = b.description();
        authorization = b.authorization();
        windows = b.windows();
        validFrom = b.validFrom();
        validUntil = b.validUntil();
        stations = b.stations();
        zones = b.zones();
        connectors = b.connectors();
        credit = b.credit();
        vip = b.vip();
    }

    BadgeDraft holder(String v) { holder = v; return this; }
    BadgeDraft parent(String v) { parent = v; return this; }
    BadgeDraft email(String v) { email = v; return this; }
    BadgeDraft phone(String v) { phone = v; return this; }
    BadgeDraft note(String v) { note = v; return this; }
    BadgeDraft validFrom(Instant v) { validFrom = v; return this; }
    BadgeDraft validUntil(Instant v) { validUntil = v; return this; }
    BadgeDraft stations(Scope<String> v) { stations = v; return this; }
    BadgeDraft zones(Scope<String> v) { zones = v; return this; }
    BadgeDraft connectors(Scope<ConnectorRef> v) { connectors = v; return this; }
    BadgeDraft credit(EnergyCredit v) { credit = v; return this; }
    BadgeDraft vip(boolean v) { vip = v; return this; }

    BadgeDraft authorization(Badge.Authorization a, List<WeeklyWindow> w) {
        authorization = a;
        windows = w;
        return this;
    }

    Badge build() {
        return new Badge(b.id(), b.uid(), holder, phone, email, b.chargeUserId(), parent, note, authorization, windows,
                validFrom, validUntil, stations, zones, connectors, credit, vip, b.created(), b.lastUsed(),
                b.sessionCount());
    }
}
