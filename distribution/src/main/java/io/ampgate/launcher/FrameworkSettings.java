package io.ampgate.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The framework properties of a gateway: fixed ones that tie the runtime to the layout, then the
 * site's {@code conf/ampgate.properties}, then {@code -D} system properties of the same names.
 */
final class FrameworkSettings {
    static final String SITE_PROPERTIES = "ampgate.properties";

    private FrameworkSettings() {}

    static Map<String, String> build(Layout layout) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("org.osgi.framework.storage", layout.cache().resolve("felix").toString());
        // The bundles/ and plugins/enabled/ folders are the truth: start from a clean cache.
        p.put("org.osgi.framework.storage.clean", "onFirstInit");
        p.put("felix.log.level", "1");
        p.put("ampgate.home", layout.home().toString());
        p.put("ampgate.base", layout.base().toString());
        p.put("ampgate.data", layout.data().toString());
        p.put("ampgate.shell.socket", layout.shellSocket().toString());

        // Config Admin keeps what the UI and commands set; FileInstall feeds it from conf/.
        p.put("felix.cm.dir", layout.data().resolve("config").toString());
        p.put("felix.fileinstall.dir", layout.conf() + "," + layout.pluginsEnabled());
        p.put("felix.fileinstall.filter", ".*\\.(cfg|config|jar)");
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.tmpdir", layout.cache().resolve("fileinstall").toString());
        p.put("felix.fileinstall.log.level", "2");
        // conf/ belongs to the installer: FileInstall must never write it. Its write-back truncates
        // the file on every configuration update, and its next scan can read the file while it is
        // empty, store empty properties and write those back: the site's settings lost, its OCPP
        // server started on the defaults (seen under load). Config Admin keeps changes in data/config.
        p.put("felix.fileinstall.enableConfigSave", "false");

        // Gogo: no console of its own; bin/ampgate shell is the way in.
        p.put("gosh.args", "--nointeractive");

        p.put("org.osgi.service.http.port", "8080");
        p.put("org.apache.felix.http.host", "0.0.0.0");
        p.put("org.apache.felix.jakarta.websocket.enable", "true");

        // Logging: quiet until log4j2 has read the site's configuration (conf/log4j2.xml).
        p.put("org.ops4j.pax.logging.DefaultServiceLog.level", "WARN");
        Path logConfig = layout.conf().resolve("log4j2.xml");
        p.put("org.ops4j.pax.logging.property.file",
                (Files.exists(logConfig) ? logConfig : layout.defaultConf().resolve("log4j2.xml")).toString());

        Path site = layout.conf().resolve(SITE_PROPERTIES);
        if (Files.exists(site)) {
            p.putAll(PropertiesFiles.read(site));
        }
        // -D on the command line wins, for the keys the gateway knows and any framework key.
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> p.containsKey(k) || k.startsWith("org.osgi.") || k.startsWith("felix.")
                        || k.startsWith("org.apache.felix.") || k.startsWith("ampgate."))
                .forEach(k -> p.put(k, System.getProperty(k)));
        return p;
    }
}
