package io.ampgate.core.export;

import io.ampgate.store.session.SessionFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes charging sessions to files an operator opens in a spreadsheet program or prints.
 *
 * <p>Every export has the same columns, newest session first: session id, station, connector,
 * badge, holder, start, end, duration ({@code h:mm:ss}), energy (kWh, 3 decimals), cost (as
 * stored, 4 decimals) and who or what ended the session, in words. Start and end are local times
 * of the site's time zone: setting {@value #TIME_ZONE_SETTING}, or the machine's zone when it is
 * not set. A running session has no end, duration, energy, cost or "ended by".
 *
 * <p>An export holds at most {@link #MAX_SESSIONS} sessions ({@link #MAX_PDF_SESSIONS} for a PDF):
 * a filter that matches more is refused before anything is written. The stream is written to and
 * flushed, never closed. The methods throw {@link io.ampgate.store.StoreException} when the
 * database fails; a stream that fails leaves a partial file behind.
 */
@ProviderType
public interface SessionExport {

    /** The most sessions one CSV or XLSX export holds (an XLSX sheet has room for 1,048,576 rows). */
    int MAX_SESSIONS = 1_000_000;

    /** The most sessions one PDF holds: about 250 pages. */
    int MAX_PDF_SESSIONS = 10_000;

    /** The site setting with the time zone of the exported times, e.g. {@code Europe/Paris}. */
    String TIME_ZONE_SETTING = "site.timeZone";

    /**
     * The sessions of a filter as CSV (RFC 4180: comma separated, quoted where needed, CRLF line
     * ends) in UTF-8 with a byte order mark, decimal point; a header line, no totals line.
     *
     * @param filter which sessions
     * @param out where to write
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the filter matches more than {@link #MAX_SESSIONS}
     * @throws IllegalStateException if the site's time zone setting is not a time zone
     */
    void csv(SessionFilter filter, OutputStream out) throws IOException;

    /**
     * The sessions of a filter as an XLSX workbook: one sheet with a header row, dates as dates,
     * numbers as numbers and a totals row.
     *
     * @param filter which sessions
     * @param out where to write
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the filter matches more than {@link #MAX_SESSIONS}
     * @throws IllegalStateException if the site's time zone setting is not a time zone
     */
    void xlsx(SessionFilter filter, OutputStream out) throws IOException;

    /**
     * One badge's sessions that started in a time range, as XLSX ({@link #xlsx}).
     *
     * @param badgeUid the badge UID
     * @param from the earliest start, inclusive
     * @param to the latest start, exclusive; after {@code from}
     * @param out where to write
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the range or UID is invalid, or there are too many sessions
     * @throws IllegalStateException if the site's time zone setting is not a time zone
     */
    void badgeXlsx(String badgeUid, Instant from, Instant to, OutputStream out) throws IOException;

    /**
     * One badge's sessions that started in a time range, as a printable PDF (A4 landscape): the
     * badge, holder and period at the top, a table of the sessions and their totals; a sentence
     * saying so when there are none.
     *
     * @param badgeUid the badge UID
     * @param from the earliest start, inclusive
     * @param to the latest start, exclusive; after {@code from}
     * @param out where to write
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the range or UID is invalid, or there are more than
     *     {@link #MAX_PDF_SESSIONS} sessions
     * @throws IllegalStateException if the site's time zone setting is not a time zone
     */
    void badgePdf(String badgeUid, Instant from, Instant to, OutputStream out) throws IOException;
}
