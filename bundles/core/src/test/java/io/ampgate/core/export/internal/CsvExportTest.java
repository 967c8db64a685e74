package io.ampgate.core.export.internal;

import static io.ampgate.core.export.internal.ExportFixture.BADGE;
import static io.ampgate.core.export.internal.ExportFixture.HOLDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest extends StoreTest {
    static final List<String> HEADER = List.of("Session", "Station", "Connector", "Badge", "Holder",
            "Start (Europe/Paris)", "End (Europe/Paris)", "Duration", "Charging", "Energy (kWh)", "Cost", "Ended by");

    @Test
    void everySessionOfTheRangeNewestFirstInTheSiteTimeZone() throws IOException {
        byte[] file = csv(ExportFixture.march());

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");

        List<CSVRecord> records = parse(file);
        assertThat(records.get(0).toList()).isEqualTo(HEADER);
        assertThat(records.subList(1, records.size())).extracting(CSVRecord::toList).containsExactly(
                List.of(id(f.running.id()), "CP002", "2", "", "", "2026-03-05 09:00:00", "", "", "", "", "", ""),
                List.of(id(f.third.id()), "CP002", "1", "'=cmd", "Bob", "2026-03-04 09:00:00", "2026-03-04 10:00:00",
                        "1:00:00", "1:00:00", "5.000", "1.5000", "operator alice: remote stop"),
                List.of(id(f.second.id()), "CP001", "2", BADGE, HOLDER, "2026-03-03 09:00:00", "2026-03-03 09:57:52",
                        "0:57:52", "0:57:52", "8.812", "", "car: cable unplugged"),
                List.of(id(f.first.id()), "CP001", "1", BADGE, HOLDER, "2026-03-02 09:00:00", "2026-03-02 11:09:13",
                        "2:09:13", "1:00:00", "21.800", "5.4500", "badge 04A1B2: stopped at the station"));
        // the holder's comma and quotes are quoted as RFC 4180 says
        assertThat(text).contains(",\"Zoë Müller, \"\"Zo\"\"\",");
    }

    @Test
    void theFiltersNarrowTheSessions() throws IOException {
        assertThat(ids(csv(ExportFixture.march().station("CP002")))).containsExactly(id(f.running.id()), id(f.third.id()));
        assertThat(ids(csv(ExportFixture.march().station("CP001").connector(2)))).containsExactly(id(f.second.id()));
        assertThat(ids(csv(ExportFixture.march().badge(BADGE)))).containsExactly(id(f.second.id()), id(f.first.id()));
        assertThat(ids(csv(ExportFixture.march().chargeUser("u2")))).containsExactly(id(f.third.id()));
        assertThat(ids(csv(ExportFixture.march().zone("zone-B")))).containsExactly(id(f.running.id()), id(f.third.id()));
    }

    @Test
    void anEmptyRangeIsTheHeaderAlone() throws IOException {
        byte[] file = csv(io.ampgate.store.session.SessionFilter.between(ExportFixture.TO, ExportFixture.TO.plusSeconds(3600)));

        List<CSVRecord> records = parse(file);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toList()).isEqualTo(HEADER);
    }

    @Test
    void allPagesAreExportedOnce() throws IOException {
        f.many(2345, ExportFixture.TO.plusSeconds(3600));
        byte[] file = csv(io.ampgate.store.session.SessionFilter.between(ExportFixture.TO, ExportFixture.TO.plusSeconds(86400 * 3)));

        List<String> ids = ids(file);
        assertThat(ids).hasSize(2345).doesNotHaveDuplicates();
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(Long.parseLong(b), Long.parseLong(a)));
    }

    @Test
    void textsThatLookLikeFormulasAreKeptAsText() {
        assertThat(CsvSessions.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvSessions.text("+33 6")).isEqualTo("'+33 6");
        assertThat(CsvSessions.text("@x")).isEqualTo("'@x");
        assertThat(CsvSessions.text("Anne-Marie")).isEqualTo("Anne-Marie");
        assertThat(CsvSessions.quoted("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    void aSessionThatEndedBeforeChargingTimesWereRecordedHasAnEmptyChargingTime() throws Exception {
        try (java.sql.Connection c = f.db.connection();
                java.sql.PreparedStatement ps = c.prepareStatement(
                        "UPDATE charge_session SET charging_seconds = NULL WHERE id = ?")) {
            ps.setLong(1, f.second.id());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        List<CSVRecord> records = parse(csv(ExportFixture.march()));

        assertThat(records.get(3).toList()).containsExactly(id(f.second.id()), "CP001", "2", BADGE, HOLDER,
                "2026-03-03 09:00:00", "2026-03-03 09:57:52", "0:57:52", "", "8.812", "", "car: cable unplugged");
    }

    private byte[] csv(io.ampgate.store.session.SessionFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.export.csv(filter, out);
        return out.toByteArray();
    }

    /** A strict RFC 4180 reading, after the byte order mark. */
    static List<CSVRecord> parse(byte[] file) throws IOException {
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    static List<String> ids(byte[] file) throws IOException {
        List<CSVRecord> records = parse(file);
        return records.subList(1, records.size()).stream().map(r -> r.get(0)).toList();
    }

    static String id(long id) {
        return Long.toString(id);
    }
}
