package io.ampgate.store.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MeasurementValuesTest {

    @Test
    void aSampleIsAMeterReadingToTheMillisecond() {
        MeterReading reading = new MeterReading(Instant.parse("2026-03-02T10:00:00.123456Z"), PhaseValues.all(230),
                PhaseValues.of(10, 11, 12), PhaseValues.of(2300, 2530, 2760), 7590, 1000, Double.NaN);
        Sample s = Sample.of("grid", reading);
        assertThat(s.at()).isEqualTo(Instant.parse("2026-03-02T10:00:00.123Z"));
        assertThat(s.current()).isEqualTo(PhaseValues.of(10, 11, 12));
        assertThat(s.totalPower()).isEqualTo(7590);
        assertThat(s.exportWh()).isNaN();
    }

    @Test
    void badSamplesAreRefusedWithTheReason() {
        Instant t = Instant.EPOCH;
        PhaseValues v = PhaseValues.none();
        assertThatThrownBy(() -> new Sample(" ", t, v, v, v, 0, 0, 0)).hasMessageContaining("meter id is blank");
        assertThatThrownBy(() -> new Sample("m".repeat(101), t, v, v, v, 0, 0, 0)).hasMessageContaining("longer than 100");
        assertThatThrownBy(() -> new Sample("grid", t, v, v, v, 0, -1, 0)).hasMessageContaining("import energy of meter grid");
        assertThatThrownBy(() -> new Sample("grid", t, v, v, v, Double.POSITIVE_INFINITY, 0, 0)).hasMessageContaining("infinite");
        assertThatThrownBy(() -> new Sample("grid", null, v, v, v, 0, 0, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void retentionsAreAtLeastADay() {
        assertThatThrownBy(() -> new Retention(Duration.ofHours(23), Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1)))
                .hasMessageContaining("retention of raw samples must be at least one day");
        assertThat(Retention.DEFAULT.raw()).isEqualTo(Duration.ofDays(35));
        assertThat(Retention.DEFAULT.of(Resolution.QUARTER_HOUR)).isEqualTo(Duration.ofDays(400));
        assertThat(Retention.DEFAULT.of(Resolution.DAY)).isEqualTo(Retention.FOREVER);
    }

    @Test
    void bucketsFollowLocalTime() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata"); // UTC+05:30
        Instant at = Instant.parse("2026-03-02T10:10:00Z"); // 15:40 local
        assertThat(Resolution.HOUR.bucketStart(at, kolkata)).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
        assertThat(Resolution.QUARTER_HOUR.bucketStart(at, kolkata)).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(Resolution.DAY.bucketStart(at, kolkata)).isEqualTo(Instant.parse("2026-03-01T18:30:00Z"));

        ZoneId berlin = ZoneId.of("Europe/Berlin"); // summer time starts 2026-03-29 02:00 local
        Instant dst = Instant.parse("2026-03-29T12:00:00Z");
        Instant day = Resolution.DAY.bucketStart(dst, berlin);
        assertThat(day).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(Duration.between(day, Resolution.DAY.nextBucket(day, berlin))).isEqualTo(Duration.ofHours(23));
        assertThat(Resolution.HOUR.nextBucket(Instant.parse("2026-03-29T00:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(Resolution.QUARTER_HOUR.bucketStart(Instant.parse("2026-03-02T10:14:59.999Z"), ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }
}
