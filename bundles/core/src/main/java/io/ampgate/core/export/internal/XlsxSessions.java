package io.ampgate.core.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet, "Sessions": a bold, frozen header row, one row per session and a bold totals row
 * (none when there are no sessions).
 * Start and end are date cells, the duration and charging time time cells ({@code [h]:mm:ss}, a fraction of a day as
 * spreadsheets keep it), connector, energy and cost numbers. Rows go out in pages, so a large export
 * does not build up in memory.
 */
final class XlsxSessions implements SessionSink {
    static final String SHEET = "Sessions";
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String DURATION_FORMAT = "[h]:mm:ss";
    static final String ENERGY_FORMAT = "0.000";
    static final String COST_FORMAT = "0.00##";
    private static final double[] WIDTHS = {10, 18, 10, 18, 24, 20, 20, 10, 10, 13, 10, 40};
    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int next = 1;

    XlsxSessions(OutputStream stream, ZoneId zone) {
        workbook = new Workbook(new NonClosingOutputStream(stream), "Ampgate", "1.0");
        sheet = workbook.newWorksheet(SHEET);
        String[] titles = ExportRow.titles(zone);
        for (int c = 0; c < titles.length; c++) {
            sheet.value(0, c, titles[c]);
            sheet.width(c, WIDTHS[c]);
        }
        sheet.range(0, 0, 0, titles.length - 1).style().bold().fillColor("D9D9D9").set();
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(ExportRow r) throws IOException {
        int n = next++;
        sheet.value(n, 0, r.id());
        sheet.value(n, 1, r.station());
        sheet.value(n, 2, r.connector());
        sheet.value(n, 3, r.badge());
        sheet.value(n, 4, r.holder());
        sheet.value(n, 5, r.start());
        sheet.style(n, 5).format(DATE_FORMAT).set();
        if (r.end() != null) {
            sheet.value(n, 6, r.end());
            sheet.style(n, 6).format(DATE_FORMAT).set();
            duration(n, 7, r.duration());
            if (r.charging() != null) {
                duration(n, 8, r.charging());
            }
            energy(n, r.energyKwh());
            cost(n, r.cost());
            sheet.value(n, 11, r.endedBy());
        }
        if (n % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish(Totals totals) throws IOException {
        if (totals.sessions() > 0) {
            totalsRow(totals);
        }
        workbook.finish();
    }

    private void totalsRow(Totals totals) {
        int n = next;
        sheet.value(n, 0, "Total");
        sheet.value(n, 1, totals.sessions() == 1 ? "1 session" : totals.sessions() + " sessions");
        duration(n, 7, totals.duration());
        duration(n, 8, totals.charging());
        energy(n, totals.energyKwh());
        cost(n, totals.cost());
        sheet.range(n, 0, n, WIDTHS.length - 1).style().bold().set();
    }

    private void duration(int row, int column, Duration d) {
        sheet.value(row, column, d.toSeconds() / 86400.0);
        sheet.style(row, column).format(DURATION_FORMAT).set();
    }

    private void energy(int row, BigDecimal kwh) {
        sheet.value(row, 9, kwh);
        sheet.style(row, 9).format(ENERGY_FORMAT).set();
    }

    private void cost(int row, BigDecimal cost) {
        if (cost != null) {
            sheet.value(row, 10, cost);
            sheet.style(row, 10).format(COST_FORMAT).set();
        }
    }
}
