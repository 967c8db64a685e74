package io.ampgate.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the distribution's {@code demo/} folder hold placeholders, {@code ${siteMeterPort}},
 * where the launcher puts what it chose for one site. Every placeholder must get a value: one left
 * in a {@code .cfg} file would reach FileInstall, which reads {@code ${...}} itself.
 */
final class DemoTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private DemoTemplates() {}

    /** The text with each placeholder replaced; a placeholder without a value is an error. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        TreeSet<String> unknown = new TreeSet<>();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                unknown.add(m.group(1));
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no value for " + unknown);
        }
        return out.toString();
    }

    /**
     * Writes every {@code *.cfg} of {@code templates}, filled, into {@code conf}, each through a
     * hidden temporary file that FileInstall ignores; returns the names written.
     */
    static List<String> copyConfigurations(Path templates, Path conf, Map<String, String> values) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(templates, "*.cfg")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        List<String> written = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text;
            try {
                text = fill(Files.readString(file, StandardCharsets.UTF_8), values);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            Path tmp = conf.resolve("." + name + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, conf.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(name);
        }
        return written;
    }
}
