package io.ampgate.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates a site's folders on first start; a separate site folder gets the default conf/. */
final class SiteFolders {
    private SiteFolders() {}

    static void prepare(Layout layout) throws IOException {
        if (!Files.isDirectory(layout.conf())) {
            Files.createDirectories(layout.conf());
            if (!layout.conf().equals(layout.defaultConf()) && Files.isDirectory(layout.defaultConf())) {
                try (DirectoryStream<Path> defaults = Files.newDirectoryStream(layout.defaultConf())) {
                    for (Path file : defaults) {
                        if (Files.isRegularFile(file)) {
                            Files.copy(file, layout.conf().resolve(file.getFileName()));
                        }
                    }
                }
            }
        }
        Files.createDirectories(layout.pluginsEnabled());
        for (String sub : new String[] {"log", "backup", "config", "cache"}) {
            Files.createDirectories(layout.data().resolve(sub));
        }
        Files.createDirectories(layout.run());
        try {
            Files.setPosixFilePermissions(layout.run(), PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to tighten
        }
    }
}
