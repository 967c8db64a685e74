package io.ampgate.core.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One badge's sessions on A4 landscape pages: the badge, holder, period and time zone on top, a
 * table (the header repeated on every page), the totals under the last row, "page i of n" at the
 * bottom. Helvetica, which every PDF reader has: characters it cannot show become {@code ?}; a text
 * too wide for its column is cut with an ellipsis. The document is built in memory, which the
 * session limit keeps small.
 */
final class PdfSessions implements SessionSink {
    static final String NO_SESSIONS = "No charging sessions in this period.";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float SIZE = 8;
    private static final float LINE = 13;
    private static final String[] TITLES = {"Session", "Station", "Connector", "Start", "End", "Duration",
        "Charging", "Energy (kWh)", "Cost", "Ended by"};
    private static final float[] WIDTHS = {55, 100, 50, 85, 85, 55, 55, 60, 55, 170};
    private static final boolean[] RIGHT = {true, false, true, false, false, true, true, true, true, false};

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final OutputStream out;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /**
     * @param holder the badge holder's name, or {@code null}
     */
    PdfSessions(OutputStream out, ZoneId zone, String badgeUid, String holder, Instant from, Instant to)
            throws IOException {
        this.out = out;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Charging sessions of badge " + badgeUid);
        info.setCreator("Ampgate");
        newPage();
        text(bold, 14, MARGIN, y, "Charging sessions of badge " + badgeUid);
        y -= 20;
        text(regular, 10, MARGIN, y, "Holder: " + (holder == null ? "unknown" : holder));
        y -= 14;
        text(regular, 10, MARGIN, y, "Started from " + CsvSessions.DATE_TIME.format(LocalDateTime.ofInstant(from, zone))
                + " to " + CsvSessions.DATE_TIME.format(LocalDateTime.ofInstant(to, zone)) + " (" + zone.getId()
                + "), newest first");
        y -= 22;
        header();
    }

    @Override
    public void row(ExportRow r) throws IOException {
        if (y < MARGIN + 2 * LINE) {
            newPage();
            header();
        }
        boolean ended = r.end() != null;
        cells(regular, Long.toString(r.id()), r.station(), Integer.toString(r.connector()),
                CsvSessions.DATE_TIME.format(r.start()), ended ? CsvSessions.DATE_TIME.format(r.end()) : "running",
                ended ? ExportRow.hms(r.duration()) : "", ended ? ExportRow.hms(r.charging()) : "",
                ended ? r.energyKwh().toPlainString() : "",
                ended && r.cost() != null ? money(r) : "", ended ? r.endedBy() : "");
    }

    private static String money(ExportRow r) {
        return r.cost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public void finish(Totals totals) throws IOException {
        if (totals.sessions() == 0) {
            text(regular, 10, MARGIN, y - 4, NO_SESSIONS);
        } else {
            if (y < MARGIN + 2 * LINE) {
                newPage();
            }
            content.moveTo(MARGIN, y + LINE - 3);
            content.lineTo(PAGE.getWidth() - MARGIN, y + LINE - 3);
            content.stroke();
            cells(bold, "Total", totals.sessions() == 1 ? "1 session" : totals.sessions() + " sessions", "", "", "",
                    ExportRow.hms(totals.duration()), ExportRow.hms(totals.charging()), totals.energyKwh().toPlainString(),
                    totals.cost() == null ? "" : totals.cost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), "");
        }
        content.close();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String page = "Page " + (i + 1) + " of " + pages.size();
                footer.beginText();
                footer.setFont(regular, SIZE);
                footer.newLineAtOffset(PAGE.getWidth() - MARGIN - width(regular, SIZE, page), MARGIN / 2);
                footer.showText(page);
                footer.endText();
            }
        }
        document.save(new NonClosingOutputStream(out));
        document.close();
        out.flush();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(0.5f);
        y = PAGE.getHeight() - MARGIN - 10;
    }

    private void header() throws IOException {
        cells(bold, TITLES);
        content.moveTo(MARGIN, y + LINE - 3);
        content.lineTo(PAGE.getWidth() - MARGIN, y + LINE - 3);
        content.stroke();
    }

    /** One table line at {@link #y}, then moves down. */
    private void cells(PDFont font, String... values) throws IOException {
        float x = MARGIN;
        for (int c = 0; c < values.length; c++) {
            String value = fit(font, printable(font, values[c] == null ? "" : values[c]), WIDTHS[c] - 6);
            float left = RIGHT[c] ? x + WIDTHS[c] - 6 - width(font, SIZE, value) : x;
            text(font, SIZE, left, y, value);
            x += WIDTHS[c];
        }
        y -= LINE;
    }

    private void text(PDFont font, float size, float x, float atY, String value) throws IOException {
        String shown = printable(font, value);
        if (shown.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(shown);
        content.endText();
    }

    private static float width(PDFont font, float size, String value) throws IOException {
        return font.getStringWidth(value) / 1000 * size;
    }

    /** The text cut to a width, ending with an ellipsis when cut. */
    static String fit(PDFont font, String value, float width) throws IOException {
        if (width(font, SIZE, value) <= width) {
            return value;
        }
        String cut = value;
        while (!cut.isEmpty() && width(font, SIZE, cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    /** The text with what the font cannot show replaced: control characters by spaces, the rest by '?'. */
    static String printable(PDFont font, String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                b.append(' ');
                return;
            }
            String ch = Character.toString(cp);
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
