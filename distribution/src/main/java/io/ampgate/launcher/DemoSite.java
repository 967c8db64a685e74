package io.ampgate.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --demo}: makes an empty site folder the demo site, or reuses the demo it holds, and never
 * touches a real site ({@link DemoGuard}). Before the framework starts it copies the distribution's
 * {@code demo/*.cfg} into {@code conf/} with the ports and the place it chose, and enables the
 * plugins of {@code demo/plugins.txt}; once the gateway is ready it runs
 * {@code demo/commissioning.txt} through the gateway's own shell. Each stage is recorded in the
 * {@link DemoMarker} as it ends, so a failed start is finished by the next one.
 */
final class DemoSite {
    static final String OCPP_SETTINGS = "io.ampgate.ocpp.cfg";
    static final int OCPP_PORT = 9000;
    static final int OCPP_TLS_PORT = 9043;
    /** How long one commissioning command is tried: a station may wait up to 30 s before it connects again. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Duration RETRY = Duration.ofMillis(250);

    /** Why {@code --demo} does not go on; the message says what to do. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Layout layout;
    private final DemoMarker marker;
    private final boolean createdNow;
    private final String command;

    private DemoSite(Layout layout, DemoMarker marker, boolean createdNow, String command) {
        this.layout = layout;
        this.marker = marker;
        this.createdNow = createdNow;
        this.command = command;
    }

    /**
     * Opens the demo of the site folder, creating its marker with the choices of a new demo.
     *
     * @param settings the gateway's framework settings (the HTTP port, not to be chosen again)
     * @param command how the user calls the control script, for the messages
     */
    static DemoSite open(Layout layout, Map<String, String> settings, Instant now, ZoneId machine, String command)
            throws IOException, Refused {
        if (!Files.isDirectory(templates(layout))) {
            throw new Refused("This installation has no demo: " + templates(layout) + " is missing.");
        }
        DemoGuard.Verdict verdict = DemoGuard.inspect(layout);
        if (verdict.kind() == DemoGuard.Kind.REAL) {
            throw new Refused(refusal(layout, verdict.evidence(), command));
        }
        DemoMarker marker;
        try {
            marker = DemoMarker.read(layout);
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("The demo's record " + DemoMarker.file(layout) + " cannot be read (" + e.getMessage()
                    + "). Stop the gateway and delete the site folder to start the demo afresh.");
        }
        boolean created = verdict.kind() == DemoGuard.Kind.EMPTY || marker.get(DemoMarker.CREATED) == null;
        if (created) {
            Files.createDirectories(DemoMarker.folder(layout)); // first: from here on the folder is a demo
            Map<String, String> choices = new LinkedHashMap<>();
            choices.put(DemoMarker.CREATED, now.toString());
            choices.putAll(choose(layout, settings, now, machine));
            marker.put(choices);
        }
        return new DemoSite(layout, marker, created, command);
    }

    static Path templates(Layout layout) {
        return layout.home().resolve("demo");
    }

    /** The ports and the place of a new demo; the OCPP ports are the site's own when it has them. */
    static Map<String, String> choose(Layout layout, Map<String, String> settings, Instant now, ZoneId machine)
            throws IOException, Refused {
        Set<Integer> avoid = new HashSet<>();
        int http = port(settings.get("org.osgi.service.http.port"), 8080, "org.osgi.service.http.port", FrameworkSettings.SITE_PROPERTIES);
        avoid.add(http);
        Map<String, String> choices = new LinkedHashMap<>();
        Path ocpp = layout.conf().resolve(OCPP_SETTINGS);
        if (Files.exists(ocpp)) {
            Map<String, String> p;
            try {
                p = PropertiesFiles.read(ocpp);
            } catch (IllegalArgumentException e) {
                throw new Refused("conf/" + OCPP_SETTINGS + " cannot be read: " + e.getMessage() + "; fix it, then start again.");
            }
            int port = port(p.get("port"), OCPP_PORT, "port", OCPP_SETTINGS);
            avoid.add(port);
            avoid.add(port(p.get("tlsPort"), OCPP_TLS_PORT, "tlsPort", OCPP_SETTINGS));
            choices.put("ocppPort", Integer.toString(port));
        } else {
            int port = LoopbackPorts.preferredOrFree(OCPP_PORT, avoid);
            avoid.add(port);
            int tls = LoopbackPorts.preferredOrFree(OCPP_TLS_PORT, avoid);
            avoid.add(tls);
            choices.put("ocppPort", Integer.toString(port));
            choices.put("ocppTlsPort", Integer.toString(tls));
        }
        List<Integer> modbus = LoopbackPorts.free(3, avoid);
        choices.put("siteMeterPort", modbus.get(0).toString());
        choices.put("pvPort", modbus.get(1).toString());
        choices.put("gridSignalPort", modbus.get(2).toString());
        DemoPlacement place = DemoPlacement.at(now, machine);
        choices.put("timeZone", place.timeZone());
        choices.put("longitude", Integer.toString(place.longitude()));
        return choices;
    }

    /** A port setting as written, or its default when not written; anything else is refused, naming the file. */
    static int port(String value, int fallback, String key, String file) throws Refused {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused("conf/" + file + ": " + key + " '" + value.strip() + "' is not a port (1 to 65535); fix it, then start again.");
    }

    /**
     * Before the framework starts: the demo's settings into {@code conf/} and its plugins enabled,
     * once; a demo whose files are in place is left as it is (its settings may have been tuned).
     */
    void prepare(PluginCatalog catalog) throws IOException, Refused {
        if (marker.is(DemoMarker.FILES_DONE)) {
            return;
        }
        List<String> plugins;
        try {
            plugins = plugins(templates(layout).resolve("plugins.txt"));
        } catch (IOException e) {
            throw new Refused("The demo's list of plugins cannot be read: " + e);
        }
        Map<String, String> values = marker.values();
        Files.createDirectories(layout.conf());
        if (values.containsKey("ocppTlsPort")) {
            // no OCPP settings of the site's own: the demo's stations are local, so is its OCPP server
            Files.writeString(layout.conf().resolve(OCPP_SETTINGS), "# Written by --demo: the demo's stations connect on 127.0.0.1.\n"
                    + "host = 127.0.0.1\nport = " + values.get("ocppPort") + "\ntlsPort = " + values.get("ocppTlsPort") + "\n");
        }
        try {
            List<String> written = DemoTemplates.copyConfigurations(templates(layout), layout.conf(), values);
            Gateway.LOG.log(System.Logger.Level.INFO, "Demo site: settings written to conf/: " + String.join(", ", written));
        } catch (IOException e) {
            throw new Refused("The demo's settings could not be written: " + e.getMessage());
        }
        List<String> enabled = new ArrayList<>();
        for (String name : plugins) {
            try {
                catalog.enable(name).forEach(p -> enabled.add(p.name()));
            } catch (IllegalArgumentException e) {
                throw new Refused("The demo needs plugin '" + name + "', which this installation does not have: " + e.getMessage());
            }
        }
        Gateway.LOG.log(System.Logger.Level.INFO, "Demo site: plugins enabled: " + String.join(", ", enabled));
        marker.put(DemoMarker.FILES_DONE, "true");
    }

    static List<String> plugins(Path list) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    boolean complete() {
        return marker.is(DemoMarker.COMPLETE);
    }

    /**
     * Once the gateway is ready: runs the commissioning commands not done yet.
     *
     * @return empty when the demo is complete, otherwise what failed and what to do
     */
    Optional<String> commission(CommissioningScript.Shell shell) throws IOException, InterruptedException {
        return commission(shell, RETRY, PATIENCE);
    }

    Optional<String> commission(CommissioningScript.Shell shell, Duration retry, Duration patience)
            throws IOException, InterruptedException {
        if (complete()) {
            return Optional.empty();
        }
        CommissioningScript script;
        try {
            script = CommissioningScript.parse(
                    Files.readString(templates(layout).resolve("commissioning.txt"), StandardCharsets.UTF_8), marker.values());
        } catch (IOException | IllegalArgumentException e) {
            String why = "The demo site cannot be commissioned: demo/commissioning.txt: " + e.getMessage();
            Gateway.LOG.log(System.Logger.Level.ERROR, why);
            return Optional.of(why);
        }
        int from = marker.getInt(DemoMarker.STEPS_DONE, 0);
        Gateway.LOG.log(System.Logger.Level.INFO, "Demo site: commissioning, " + (script.commands().size() - from)
                + " shell commands of demo/commissioning.txt" + (from > 0 ? " from command " + (from + 1) : ""));
        CommissioningScript.Outcome outcome = script.run(from, shell, (step, cmd, answer) -> {
            Gateway.LOG.log(System.Logger.Level.INFO, "Demo site: " + cmd + " -> " + answer.text());
            marker.put(DemoMarker.STEPS_DONE, Integer.toString(step));
        }, retry, patience);
        if (!outcome.complete()) {
            String why = "The demo site is not complete: command " + (outcome.done() + 1) + " of demo/commissioning.txt, '"
                    + outcome.failedCommand() + "', still failed after " + patience.toSeconds() + " s: "
                    + outcome.failure().text() + "\nThe gateway runs; stop it and start it again with --demo to finish the demo"
                    + " (what was done is kept), or see " + layout.log().resolve("ampgate.log") + ".";
            Gateway.LOG.log(System.Logger.Level.ERROR, why);
            return Optional.of(why);
        }
        marker.put(DemoMarker.COMPLETE, "true");
        Gateway.LOG.log(System.Logger.Level.INFO, "Demo site: complete");
        return Optional.empty();
    }

    /** What a newcomer reads once the demo runs: what it is, where to look, how to get in. */
    String welcome(Map<String, String> settings, Instant now) {
        String host = settings.getOrDefault("org.apache.felix.http.host", "0.0.0.0").strip();
        boolean anyInterface = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::");
        String url = "http://" + (anyInterface ? "127.0.0.1" : host) + ":" + settings.getOrDefault("org.osgi.service.http.port", "8080").strip() + "/";
        Path guide = layout.home().resolve("docs").resolve("demo.md");
        String zone = simulatorSetting("timeZone").orElse(marker.get("timeZone"));
        String clock = "";
        try {
            clock = LocalTime.ofInstant(now, ZoneId.of(zone)).format(DateTimeFormatter.ofPattern("HH:mm"));
        } catch (RuntimeException e) {
            // a zone edited by hand that Java does not know: the line leaves the time out
        }
        String created = marker.get(DemoMarker.CREATED);
        return String.join("\n",
                "",
                "Ampgate demo site " + (createdNow ? "created" : "(made " + (created == null ? "earlier" : created.substring(0, Math.min(10, created.length()))) + ")")
                        + " in " + layout.base() + ":",
                "  8 simulated charging stations (14 connectors) in a staff garage and a visitor car park under a 100 A",
                "  main board, a site meter, 36 kWp of PV, a grid signal and 12 badges; strategies dynamic, pv and",
                "  grid signal. What it contains and how to tune it: " + (Files.exists(guide) ? guide : "docs/demo.md"),
                "  Web console: " + url + " is not in this version yet (the gateway serves no pages there), and there is",
                "  no login to set up: the gateway has no operator accounts yet. Until then the shell is the way in:",
                "    " + command + " shell",
                "  Watch it:   " + command + " exec 'sim:status'   (and 'session:running', 'ems:decision', 'meter list')",
                "  Its clock:  " + zone + (clock.isEmpty() ? "" : ", " + clock + " there now")
                        + (createdNow ? " (placed where it is day now: cars are parked, the sun is up)" : ""),
                "");
    }

    /** A setting of the simulated site as {@code conf/} holds it now (the installer may have tuned it). */
    private Optional<String> simulatorSetting(String key) {
        Path file = layout.conf().resolve("io.ampgate.simulator.site.cfg");
        try {
            return Files.exists(file) ? Optional.ofNullable(PropertiesFiles.read(file).get(key))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String refusal(Layout layout, List<String> evidence, String command) {
        List<String> shown = evidence.size() > 5 ? evidence.subList(0, 5) : evidence;
        return "--demo refused: " + layout.base() + " holds a site that the demo did not create:\n  "
                + String.join("\n  ", shown) + (evidence.size() > shown.size() ? "\n  ..." : "")
                + "\nThe demo never changes a real site. Start it in an empty site folder, for example:\n"
                + "  AMPGATE_BASE=$HOME/ampgate-demo " + command + " --demo\n"
                + "or run this site as it is, without --demo.";
    }
}
