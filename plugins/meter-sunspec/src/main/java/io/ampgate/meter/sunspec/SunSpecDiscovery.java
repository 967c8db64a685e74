package io.ampgate.meter.sunspec;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a SunSpec device's models: the 'SunS' marker (0x5375 0x6E53) at 40000, 50000 or 0, then
 * the chain of models (ID, L), each starting {@code 2 + L} registers after the previous one, up to
 * the end marker 0xFFFF. A pure function of the registers it reads, so that it is tested on a map.
 */
public final class SunSpecDiscovery {

    /** Where the marker is looked for, in this order. */
    public static final List<Integer> BASES = List.of(40_000, 50_000, 0);

    static final int MARKER_HIGH = 0x5375; // "Su"
    static final int MARKER_LOW = 0x6E53; // "nS"
    static final int END = 0xFFFF;
    private static final int MAX_MODELS = 200;

    private SunSpecDiscovery() {
    }

    /**
     * Discovers at the usual bases.
     *
     * @param reader reads holding registers
     * @return what was found
     * @throws SunSpecException if no base has the marker, the chain is broken, or neither common
     *     model 1 nor an inverter model (101, 103, 701) is there
     */
    public static SunSpecDevice discover(RegisterReader reader) throws SunSpecException {
        return discover(reader, BASES);
    }

    /**
     * Discovers at the given bases.
     *
     * @param reader reads holding registers
     * @param bases where to look for the marker, in order
     * @return what was found at the first base with the marker
     * @throws SunSpecException as {@link #discover(RegisterReader)}
     */
    public static SunSpecDevice discover(RegisterReader reader, List<Integer> bases) throws SunSpecException {
        List<String> tried = new ArrayList<>();
        for (int base : bases) {
            int[] marker;
            try {
                marker = reader.read(base, 2);
            } catch (Exception e) {
                tried.add(base + ": " + message(e));
                continue;
            }
            if (marker.length >= 2 && marker[0] == MARKER_HIGH && marker[1] == MARKER_LOW) {
                return walk(reader, base);
            }
            tried.add(base + ": " + hex(marker));
        }
        throw new SunSpecException("no SunSpec marker 'SunS' (0x5375 0x6E53) found; read " + String.join(", ", tried));
    }

    private static SunSpecDevice walk(RegisterReader reader, int base) throws SunSpecException {
        List<SunSpecDevice.Model> models = new ArrayList<>();
        int at = base + 2;
        while (true) {
            if (models.size() >= MAX_MODELS) {
                throw new SunSpecException("SunSpec model chain at " + base + " has more than " + MAX_MODELS
                        + " models without the end marker 0xFFFF");
            }
            if (at + 1 > 0xFFFF) {
                throw new SunSpecException("SunSpec model chain at " + base + " runs past register 65535 without the "
                        + "end marker 0xFFFF (models " + ids(models) + ")");
            }
            int[] header;
            try {
                header = reader.read(at, 2);
            } catch (Exception e) {
                throw new SunSpecException("SunSpec model chain at " + base + " is broken: cannot read the model header at "
                        + at + " after models " + ids(models) + ": " + message(e), e);
            }
            int id = header[0];
            int length = header[1];
            if (id == END) {
                break;
            }
            if (id == 0) {
                throw new SunSpecException("SunSpec model chain at " + base + " is broken: model id 0 at " + at
                        + " after models " + ids(models));
            }
            models.add(new SunSpecDevice.Model(id, at, length));
            at += 2 + length;
        }
        SunSpecDevice.Model common = models.stream().filter(m -> m.id() == 1).findFirst()
                .orElseThrow(() -> new SunSpecException("SunSpec device at " + base + " has no common model 1 (models "
                        + ids(models) + ")"));
        SunSpecDevice.Model measurement = models.stream().filter(m -> m.id() == 101 || m.id() == 103).findFirst()
                .or(() -> models.stream().filter(m -> m.id() == 701).findFirst())
                .orElseThrow(() -> new SunSpecException("SunSpec device at " + base + " has no inverter model 101 or 103 "
                        + "and no DER model 701 (models " + ids(models) + ")"));
        int minimum = SunSpecTable.minimumLength(measurement.id());
        if (measurement.length() < minimum) {
            throw new SunSpecException("SunSpec model " + measurement.id() + " at " + measurement.start() + " has L = "
                    + measurement.length() + ", less than the " + minimum + " registers the meter reads");
        }
        int[] words;
        try {
            words = reader.read(common.start() + 2, Math.min(common.length(), 66));
        } catch (Exception e) {
            throw new SunSpecException("cannot read SunSpec common model 1 at " + common.start() + ": " + message(e), e);
        }
        return new SunSpecDevice(base, text(words, 0, 16), text(words, 16, 16), text(words, 48, 16), measurement,
                models);
    }

    /** A string point: two ASCII characters a register, ended by NULs or spaces; all zero means "none". */
    static String text(int[] words, int offset, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = offset; i < offset + count && i < words.length; i++) {
            s.append((char) ((words[i] >> 8) & 0xFF)).append((char) (words[i] & 0xFF));
        }
        int end = s.indexOf("\0");
        return (end < 0 ? s.toString() : s.substring(0, end)).strip();
    }

    private static String ids(List<SunSpecDevice.Model> models) {
        return models.stream().map(m -> String.valueOf(m.id())).toList().toString();
    }

    private static String hex(int[] words) {
        StringBuilder s = new StringBuilder();
        for (int w : words) {
            s.append(s.isEmpty() ? "" : " ").append(String.format("0x%04X", w));
        }
        return s.toString();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
