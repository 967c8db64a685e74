package io.ampgate.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether {@code --demo} may use a site folder: an empty one becomes the demo, one that
 * holds the demo (its marker) is reused, and one that holds anything the demo did not make is a
 * real site, which the demo never touches. What an empty folder may already hold is what a site
 * has before its first start: the installation's default settings, the start-up settings an
 * installer writes to choose ports, and empty folders.
 */
final class DemoGuard {
    /** What the site folder holds. */
    enum Kind { EMPTY, DEMO, REAL }

    /** The kind, and for a real site what shows it (relative paths with what they are). */
    record Verdict(Kind kind, List<String> evidence) {}

    /** Settings read at start-up that the demo honours: ports and interfaces of HTTP and OCPP, logging. */
    static final Set<String> START_UP_SETTINGS = Set.of("ampgate.properties", "log4j2.xml", "io.ampgate.ocpp.cfg");
    /** Folders of data/ that every start makes, whatever they hold (logs of a refused start, runtime files). */
    private static final Set<String> RUNTIME_FOLDERS = Set.of("log", "run", "cache");

    private DemoGuard() {}

    static Verdict inspect(Layout layout) throws IOException {
        if (Files.isDirectory(DemoMarker.folder(layout))) {
            return new Verdict(Kind.DEMO, List.of());
        }
        List<String> evidence = new ArrayList<>();
        for (Path file : entries(layout.conf())) {
            String name = file.getFileName().toString();
            if ((name.endsWith(".cfg") || name.endsWith(".config")) && !START_UP_SETTINGS.contains(name)) {
                evidence.add("conf/" + name + " (settings of a component)");
            }
        }
        for (Path file : entries(layout.pluginsEnabled())) {
            if (file.getFileName().toString().endsWith(".jar")) {
                evidence.add("plugins/enabled/" + file.getFileName() + " (an enabled plugin)");
            }
        }
        for (Path entry : entries(layout.data())) {
            String name = entry.getFileName().toString();
            if (RUNTIME_FOLDERS.contains(name) || name.equals("README.txt") || isEmptyFolder(entry)) {
                continue;
            }
            evidence.add("data/" + name + switch (name) {
                case "db" -> " (a database)";
                case "config" -> " (settings kept by the gateway)";
                case "backup" -> " (backups)";
                case "ocpp" -> " (the OCPP server's keys)";
                default -> "";
            });
        }
        return new Verdict(evidence.isEmpty() ? Kind.EMPTY : Kind.REAL, evidence);
    }

    private static List<Path> entries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
                dir.forEach(entries::add);
            }
        }
        entries.sort(null);
        return entries;
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> inside = Files.list(path)) {
            return inside.findAny().isEmpty();
        }
    }
}
