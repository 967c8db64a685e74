package io.ampgate.launcher;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code data/demo/demo.properties}: this site folder holds the demo, with what {@code --demo}
 * chose for it (ports, time zone) and how far its creation went. It is written before anything
 * else of the demo, so a start that fails half-way leaves a demo to finish, never a folder that
 * looks like a real site.
 */
final class DemoMarker {
    static final String CREATED = "created";
    static final String FILES_DONE = "filesDone";
    static final String STEPS_DONE = "stepsDone";
    static final String COMPLETE = "complete";

    private final Path file;
    private final Map<String, String> values;

    private DemoMarker(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** The folder that marks a demo site; made before anything else of the demo. */
    static Path folder(Layout layout) {
        return layout.data().resolve("demo");
    }

    static Path file(Layout layout) {
        return folder(layout).resolve("demo.properties");
    }

    /** The marker as stored (empty before it is written); a malformed file throws. */
    static DemoMarker read(Layout layout) throws IOException {
        Path file = file(layout);
        return new DemoMarker(file, Files.exists(file) ? PropertiesFiles.read(file) : new LinkedHashMap<>());
    }

    String get(String key) {
        return values.get(key);
    }

    int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(values.getOrDefault(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    boolean is(String key) {
        return Boolean.parseBoolean(values.get(key));
    }

    /** Sets values and writes the file at once, replacing it whole. */
    DemoMarker put(Map<String, String> changes) throws IOException {
        values.putAll(changes);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("# This site folder holds the Ampgate demo (bin/ampgate --demo), made with these choices.\n");
            out.write("# To start the demo afresh, stop the gateway and delete the whole site folder.\n");
            for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
                out.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return this;
    }

    DemoMarker put(String key, String value) throws IOException {
        return put(Map.of(key, value));
    }

    Map<String, String> values() {
        return Map.copyOf(values);
    }
}
