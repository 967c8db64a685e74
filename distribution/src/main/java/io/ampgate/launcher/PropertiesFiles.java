package io.ampgate.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The launcher's {@code .properties} and {@code .cfg} files: read as UTF-8, values stripped. */
final class PropertiesFiles {

    private PropertiesFiles() {
    }

    /**
     * @param file a properties file that exists
     * @return its keys and stripped values
     * @throws IllegalArgumentException for a malformed escape in the file
     */
    static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
        return values;
    }
}
