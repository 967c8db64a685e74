package io.ampgate.core.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * CSV after RFC 4180: fields separated by commas, quoted when they hold a comma, quote, CR or LF
 * (quotes doubled), records ended by CRLF. UTF-8 with a byte order mark: without it Excel reads the
 * file in the machine's legacy code page and garbles accented names; LibreOffice, Numbers and CSV
 * libraries take the mark as the encoding's signature. Numbers with a decimal point, dates as
 * {@code yyyy-MM-dd HH:mm:ss}. A text that starts with {@code = + - @}, a tab or a CR is prefixed
 * with {@code '} so that a spreadsheet never runs it as a formula (names and ids may come from
 * stations). No totals line: the file stays a plain table for other programs.
 */
final class CsvSessions implements SessionSink {
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final String CRLF = "\r\n";

    private final Writer out;

    CsvSessions(OutputStream stream, ZoneId zone) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        record(ExportRow.titles(zone));
    }

    @Override
    public void row(ExportRow r) throws IOException {
        record(Long.toString(r.id()), text(r.station()), Integer.toString(r.connector()), text(r.badge()),
                text(r.holder()), date(r.start()), date(r.end()), ExportRow.hms(r.duration()),
                ExportRow.hms(r.charging()), number(r.energyKwh()), number(r.cost()), text(r.endedBy()));
    }

    @Override
    public void finish(Totals totals) throws IOException {
        out.flush();
    }

    private void record(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields[i]));
        }
        out.write(CRLF);
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** A text as a spreadsheet shows it, never as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String date(LocalDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
