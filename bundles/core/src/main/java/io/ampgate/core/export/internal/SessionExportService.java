package io.ampgate.core.export.internal;

import io.ampgate.core.export.SessionExport;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionFilter;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.site.SettingsRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The exports, paging through the session repository 1000 sessions at a time. The size is checked
 * with one count before anything is written. A session that starts while an export runs (when the
 * range reaches into the future) shifts the pages by one; the repeat at the top of the next page is
 * skipped by its id.
 */
@Component(service = SessionExport.class)
public final class SessionExportService implements SessionExport {
    static final int PAGE = 1000;

    private final SessionRepository sessions;
    private final SettingsRepository settings;

    /**
     * @param sessions the sessions to export
     * @param settings the site settings, for the time zone
     */
    @Activate
    public SessionExportService(@Reference SessionRepository sessions, @Reference SettingsRepository settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    @Override
    public void csv(SessionFilter filter, OutputStream out) throws IOException {
        check(filter, MAX_SESSIONS);
        ZoneId zone = zone();
        write(filter, MAX_SESSIONS, zone, new CsvSessions(out, zone));
    }

    @Override
    public void xlsx(SessionFilter filter, OutputStream out) throws IOException {
        check(filter, MAX_SESSIONS);
        ZoneId zone = zone();
        write(filter, MAX_SESSIONS, zone, new XlsxSessions(out, zone));
    }

    @Override
    public void badgeXlsx(String badgeUid, Instant from, Instant to, OutputStream out) throws IOException {
        xlsx(badge(badgeUid, from, to), out);
    }

    @Override
    public void badgePdf(String badgeUid, Instant from, Instant to, OutputStream out) throws IOException {
        SessionFilter filter = badge(badgeUid, from, to);
        check(filter, MAX_PDF_SESSIONS);
        ZoneId zone = zone();
        List<Session> newest = sessions.list(filter, 0, 1);
        String holder = newest.isEmpty() ? null : newest.get(0).holderName();
        write(filter, MAX_PDF_SESSIONS, zone, new PdfSessions(out, zone, filter.badgeUid(), holder, filter.from(), filter.to()));
    }

    /** The site's time zone: setting {@value SessionExport#TIME_ZONE_SETTING}, else the machine's. */
    ZoneId zone() {
        String name = settings.getString(TIME_ZONE_SETTING, "").strip();
        if (name.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new IllegalStateException("setting " + TIME_ZONE_SETTING + " is '" + name
                    + "', not a time zone: use a name such as Europe/Paris", e);
        }
    }

    private static SessionFilter badge(String badgeUid, Instant from, Instant to) {
        if (badgeUid == null || badgeUid.isBlank()) {
            throw new IllegalArgumentException("a badge UID is needed");
        }
        return SessionFilter.between(from, to).badge(badgeUid);
    }

    private void check(SessionFilter filter, int max) {
        Objects.requireNonNull(filter, "filter");
        long count = sessions.total(filter).sessions();
        if (count > max) {
            throw new IllegalArgumentException(count + " sessions match, more than the " + max
                    + " one export holds: choose a shorter period or a narrower filter");
        }
    }

    /** Every matching session, newest first, at most {@code max}, then the totals. */
    private void write(SessionFilter filter, int max, ZoneId zone, SessionSink sink) throws IOException {
        Totals totals = Totals.NONE;
        Set<Long> previous = Set.of();
        int offset = 0;
        while (totals.sessions() < max) {
            List<Session> page = sessions.list(filter, offset, PAGE);
            Set<Long> ids = new HashSet<>();
            for (Session s : page) {
                ids.add(s.id());
                if (!previous.contains(s.id()) && totals.sessions() < max) {
                    ExportRow row = ExportRow.of(s, zone);
                    sink.row(row);
                    totals = totals.plus(row);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            previous = ids;
            offset += PAGE;
        }
        sink.finish(totals);
    }
}
