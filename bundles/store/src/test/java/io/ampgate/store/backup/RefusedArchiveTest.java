package io.ampgate.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.store.StoreException;
import io.ampgate.store.backup.internal.Backups;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.db.PooledDatabase;
import io.ampgate.store.testing.TestDatabases;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Archives that must not be restored are refused with the reason, and nothing changes. */
class RefusedArchiveTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void damagedForeignTruncatedAndNewerArchivesAreRefusedAndTheDataStays(Dialect dialect, @TempDir Path dir) throws Exception {
        try (PooledDatabase source = TestDatabases.open(dialect); PooledDatabase target = TestDatabases.open(dialect)) {
            Fixture.createTables(source);
            Fixture.fill(source);
            Fixture.createTables(target);
            try (var c = target.connection()) {
                Fixture.station(c, "the current data", "keep me", true, 2.0);
            }
            Path conf = Files.createDirectories(dir.resolve("site/conf"));
            Files.writeString(conf.resolve("ampgate.properties"), "current = yes\n");
            List<String> before = Fixture.rows(target);
            Path good = new Backups(source, dir.resolve("a"), null, RoundTripTest.CLOCK, "test")
                    .backupNow(14, List.of(), List.of()).archive();
            Backups restore = new Backups(target, dir.resolve("site/data"), conf, RoundTripTest.CLOCK, "test");

            Path flipped = copy(good, dir.resolve("flipped.zip"), bytes -> flipInEntry(bytes, "db/bk_charge.jsonl"));
            Path truncated = copy(good, dir.resolve("truncated.zip"), bytes -> Arrays.copyOf(bytes, bytes.length / 2));
            Path foreign = dir.resolve("foreign.zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(foreign))) {
                zip.putNextEntry(new ZipEntry("holiday.jpg"));
                zip.write("not a backup".getBytes(StandardCharsets.UTF_8));
            }
            Path newer = rewrite(good, dir.resolve("newer.zip"), "manifest.json",
                    m -> m.replaceFirst("\"schemaVersion\" : (\\d+)", "\"schemaVersion\" : 999"));
            Path edited = rewrite(good, dir.resolve("edited.zip"), "db/bk_station.jsonl", rows -> rows.replace("CP-2", "CP-9"));
            Path other = rewrite(good, dir.resolve("other.zip"), "manifest.json",
                    m -> m.replace("\"ampgate-backup\"", "\"someone-else\""));

            refused(restore, flipped, "entry db/bk_charge.jsonl is damaged");
            refused(restore, truncated, "not a readable zip archive");
            refused(restore, foreign, "it is not an Ampgate backup: it has no manifest.json");
            refused(restore, newer, "written by a newer gateway (schema version 999");
            refused(restore, edited, "entry db/bk_station.jsonl is damaged (its SHA-256 does not match");
            refused(restore, other, "not an Ampgate backup manifest");
            refused(restore, dir.resolve("missing.zip"), "no such file");

            assertThat(Fixture.rows(target)).as("the database is untouched").isEqualTo(before);
            assertThat(Files.readString(conf.resolve("ampgate.properties"))).isEqualTo("current = yes\n");
            assertThat(dir.resolve("site/data/backup")).as("no configuration moved aside").doesNotExist();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anArchiveWithATableThisDatabaseLacksIsRefused(Dialect dialect, @TempDir Path dir) throws Exception {
        try (PooledDatabase source = TestDatabases.open(dialect); PooledDatabase target = TestDatabases.open(dialect)) {
            Fixture.createTables(source);
            Fixture.fill(source);
            Path good = new Backups(source, dir, null, RoundTripTest.CLOCK, "test").backupNow(14, List.of(), List.of()).archive();
            assertThatThrownBy(() -> new Backups(target, dir.resolve("t"), null, RoundTripTest.CLOCK, "test").restore(good))
                    .isInstanceOf(StoreException.class).hasMessageContaining("its table bk_station does not exist in this database")
                    .hasMessageContaining("nothing was changed");
        }
    }

    private static void refused(Backups backups, Path archive, String reason) {
        assertThatThrownBy(() -> backups.restore(archive)).as(archive.getFileName().toString())
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("refused " + archive.getFileName() + ": ")
                .hasMessageContaining(reason)
                .hasMessageEndingWith("nothing was changed");
    }

    private static Path copy(Path from, Path to, UnaryOperator<byte[]> change) throws IOException {
        return Files.write(to, change.apply(Files.readAllBytes(from)));
    }

    /** Flips one byte of an entry's stored (compressed) data, as a bad disk sector would. */
    private static byte[] flipInEntry(byte[] zip, String name) {
        byte[] header = ("PK\3\4").getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < zip.length - 30; i++) {
            if (Arrays.equals(zip, i, i + 4, header, 0, 4)) {
                ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
                int nameLength = b.getShort(i + 26) & 0xffff;
                int extraLength = b.getShort(i + 28) & 0xffff;
                if (new String(zip, i + 30, nameLength, StandardCharsets.UTF_8).equals(name)) {
                    zip[i + 30 + nameLength + extraLength + 20] ^= 0x10;
                    return zip;
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    /** A copy of the archive with one entry's text changed and every other entry as it was. */
    private static Path rewrite(Path from, Path to, String entry, UnaryOperator<String> change) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    String changed = change.apply(new String(content, StandardCharsets.UTF_8));
                    assertThat(changed).as("the test changes " + entry).isNotEqualTo(new String(content, StandardCharsets.UTF_8));
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
            }
        }
        return to;
    }
}
