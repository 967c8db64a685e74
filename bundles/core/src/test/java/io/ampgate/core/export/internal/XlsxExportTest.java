package io.ampgate.core.export.internal;

import static io.ampgate.core.export.internal.ExportFixture.BADGE;
import static io.ampgate.core.export.internal.ExportFixture.HOLDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.store.session.SessionFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxExportTest extends StoreTest {
    @Test
    void aHeaderRowSessionRowsWithTypedCellsAndATotalsRow() throws IOException {
        List<Row> rows = read(xlsx(ExportFixture.march()));

        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).stream().map(Cell::getText)).containsExactlyElementsOf(CsvExportTest.HEADER);

        Row first = rows.get(4); // newest first: the oldest session of March is the last one
        assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(0).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(f.first.id()));
        assertThat(first.getCell(1).asString()).isEqualTo("CP001");
        assertThat(first.getCell(2).asNumber()).isEqualByComparingTo("1");
        assertThat(first.getCell(3).asString()).isEqualTo(BADGE);
        assertThat(first.getCell(4).asString()).isEqualTo(HOLDER);
        assertThat(first.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(5).getDataFormatString()).isEqualTo(XlsxSessions.DATE_FORMAT);
        assertThat(first.getCell(5).asDate()).isEqualTo(LocalDateTime.parse("2026-03-02T09:00:00"));
        assertThat(first.getCell(6).asDate()).isEqualTo(LocalDateTime.parse("2026-03-02T11:09:13"));
        assertThat(first.getCell(7).getDataFormatString()).isEqualTo(XlsxSessions.DURATION_FORMAT);
        assertThat(seconds(first.getCell(7))).isEqualTo(2 * 3600 + 9 * 60 + 13);
        assertThat(first.getCell(8).getDataFormatString()).isEqualTo(XlsxSessions.DURATION_FORMAT);
        assertThat(seconds(first.getCell(8))).isEqualTo(3600); // the car was full after an hour
        assertThat(first.getCell(9).getDataFormatString()).isEqualTo(XlsxSessions.ENERGY_FORMAT);
        assertThat(first.getCell(9).asNumber()).isEqualByComparingTo("21.8");
        assertThat(first.getCell(10).asNumber()).isEqualByComparingTo("5.45");
        assertThat(first.getCell(11).asString()).isEqualTo("badge 04A1B2: stopped at the station");

        Row third = rows.get(2);
        assertThat(third.getCell(3).asString()).isEqualTo("=cmd"); // a text cell, never a formula
        assertThat(third.getCell(3).getType()).isEqualTo(CellType.STRING);

        Row running = rows.get(1);
        assertThat(running.getCell(0).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(f.running.id()));
        assertThat(running.getCellAsDate(5)).contains(LocalDateTime.parse("2026-03-05T09:00:00"));
        assertThat(running.getOptionalCell(6).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
        assertThat(running.getOptionalCell(8).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);

        Row totals = rows.get(5);
        assertThat(totals.getCell(0).asString()).isEqualTo("Total");
        assertThat(totals.getCell(1).asString()).isEqualTo("4 sessions");
        assertThat(seconds(totals.getCell(7))).isEqualTo(2 * 3600 + 9 * 60 + 13 + 57 * 60 + 52 + 3600);
        assertThat(totals.getCell(7).getDataFormatString()).isEqualTo(XlsxSessions.DURATION_FORMAT);
        assertThat(seconds(totals.getCell(8))).isEqualTo(3600 + 57 * 60 + 52 + 3600);
        assertThat(totals.getCell(8).getDataFormatString()).isEqualTo(XlsxSessions.DURATION_FORMAT);
        assertThat(totals.getCell(9).asNumber()).isEqualByComparingTo("35.612");
        assertThat(totals.getCell(10).asNumber()).isEqualByComparingTo("6.95");
    }

    @Test
    void oneBadgeOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.export.badgeXlsx(BADGE, ExportFixture.FROM, ExportFixture.TO, out);
        List<Row> rows = read(out.toByteArray());

        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 3)).extracting(r -> r.getCell(0).asNumber().longValue())
                .containsExactly(f.second.id(), f.first.id());
        assertThat(rows.get(3).getCell(1).asString()).isEqualTo("2 sessions");
        assertThat(rows.get(3).getCell(9).asNumber()).isEqualByComparingTo("30.612");
    }

    @Test
    void theFiltersNarrowTheSessions() throws IOException {
        List<Row> rows = read(xlsx(ExportFixture.march().zone("zone-B")));

        assertThat(rows.subList(1, rows.size() - 1)).extracting(r -> r.getCell(0).asNumber().longValue())
                .containsExactly(f.running.id(), f.third.id());
    }

    @Test
    void anEmptyRangeIsTheHeaderRowAlone() throws IOException {
        List<Row> rows = read(xlsx(SessionFilter.between(ExportFixture.TO, ExportFixture.TO.plusSeconds(60))));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Session");
    }

    private byte[] xlsx(SessionFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.export.xlsx(filter, out);
        return out.toByteArray();
    }

    static List<Row> read(byte[] file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo(XlsxSessions.SHEET);
            return sheet.read();
        }
    }

    /** A time cell (a fraction of a day) in whole seconds. */
    static long seconds(Cell cell) {
        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
        return Math.round(cell.asNumber().doubleValue() * 86400);
    }
}
