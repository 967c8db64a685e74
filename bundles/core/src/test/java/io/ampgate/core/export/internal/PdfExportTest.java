package io.ampgate.core.export.internal;

import static io.ampgate.core.export.internal.ExportFixture.BADGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExportTest extends StoreTest {
    @Test
    void theBadgeHolderItsSessionsAndTheirTotals() throws IOException {
        Parsed pdf = pdf(BADGE, ExportFixture.FROM, ExportFixture.TO);

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.title).isEqualTo("Charging sessions of badge " + BADGE);
        assertThat(pdf.text).contains("Charging sessions of badge 04A1B2", "Holder: Zoë Müller, \"Zo\"",
                "Started from 2026-03-01 01:00:00 to 2026-04-01 02:00:00 (Europe/Paris)");
        assertThat(pdf.text).contains(f.first.id() + " CP001 1 2026-03-02 09:00:00 2026-03-02 11:09:13 2:09:13 1:00:00 21.800 5.45");
        assertThat(pdf.text).contains(f.second.id() + " CP001 2 2026-03-03 09:00:00 2026-03-03 09:57:52 0:57:52 0:57:52 8.812");
        assertThat(pdf.text).contains("Total 2 sessions 3:07:05 1:57:52 30.612 5.45");
        assertThat(pdf.text).contains("Page 1 of 1");
        assertThat(pdf.text).doesNotContain("CP002");
    }

    @Test
    void noSessionsSaysSo() throws IOException {
        Parsed pdf = pdf("NOBODY", ExportFixture.FROM, ExportFixture.TO);

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.text).contains("Holder: unknown", PdfSessions.NO_SESSIONS).doesNotContain("Total");
    }

    @Test
    void aLongListGoesOverPagesWithTheHeaderOnEach() throws IOException {
        Instant start = ExportFixture.TO.plusSeconds(3600);
        for (int i = 0; i < 90; i++) {
            f.session("CP003", 1, "MANY", "Many Times", null, null, start.plusSeconds(i * 600L),
                    java.time.Duration.ofSeconds(300), 1000, io.ampgate.store.session.StoppedBy.BADGE, "MANY",
                    io.ampgate.store.session.StopReason.LOCAL, "0.1");
        }
        Parsed pdf = pdf("MANY", start, start.plusSeconds(86400));

        assertThat(pdf.pages).isEqualTo(3);
        assertThat(pdf.text).contains("Page 1 of 3", "Page 3 of 3", "Total 90 sessions 7:30:00 7:30:00 90.000 9.00");
        assertThat(pdf.text.split("Session Station Connector Start End", -1)).hasSize(4);
    }

    @Test
    void charactersHelveticaCannotShowBecomeQuestionMarks() {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        assertThat(PdfSessions.printable(font, "Łukasz 李\tÉmile")).isEqualTo("?ukasz ? Émile");
    }

    @Test
    void aBadgeIsNeeded() {
        assertThatThrownBy(() -> f.export.badgePdf(" ", ExportFixture.FROM, ExportFixture.TO, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    record Parsed(int pages, String title, String text) {
    }

    private Parsed pdf(String badge, Instant from, Instant to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.export.badgePdf(badge, from, to, out);
        byte[] file = out.toByteArray();
        assertThat(new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
            return new Parsed(document.getNumberOfPages(), document.getDocumentInformation().getTitle(), text);
        }
    }
}
