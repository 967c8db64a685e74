package io.ampgate.launcher;

import io.ampgate.shell.protocol.ShellClient;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The command line behind {@code bin/ampgate}: {@code run} (with {@code --demo}: {@link DemoSite}), {@code status}, {@code exec},
 * {@code shell} and {@code plugin}. Background start and stop are the script's job.
 */
public final class Main {
    static final int EXIT_NOT_RUNNING = 3;
    private static final String PLUGIN_USAGE = "usage: ampgate plugin list | plugin enable NAME | plugin disable NAME";

    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(Layout.fromSystemProperties(), args));
    }

    static int run(Layout layout, String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        return switch (command) {
            case "run" -> rest.isEmpty() ? new Gateway(layout).run() : runOptions(layout, rest);
            case "status" -> status(layout);
            case "exec" -> rest.isEmpty() ? usage("usage: ampgate exec 'COMMAND'")
                    : ShellClient.exec(layout.shellSocket(), String.join(" ", rest), System.out, System.err);
            case "shell" -> ShellClient.interactive(layout.shellSocket(), System.in, System.out, System.err);
            case "plugin" -> plugin(layout, rest);
            default -> usage("unknown command '" + command + "'");
        };
    }

    private static int runOptions(Layout layout, List<String> options) throws Exception {
        Optional<String> unknown = options.stream().filter(o -> !o.equals("--demo")).findFirst();
        return unknown.isPresent() ? usage("unknown option " + unknown.get()) : new Gateway(layout, true).run();
    }

    private static int status(Layout layout) throws IOException {
        if (!InstanceLock.isHeld(layout)) {
            System.out.println("Ampgate is not running (" + layout.base() + ")");
            return EXIT_NOT_RUNNING;
        }
        String pid = InstanceLock.recordedPid(layout).map(String::valueOf).orElse("?");
        System.out.println(ReadyWatch.readyLine(layout)
                .map(line -> "Ampgate is running (pid " + pid + "): " + line)
                .orElse("Ampgate is starting (pid " + pid + ")"));
        return 0;
    }

    /** On a running gateway the change takes effect at once; otherwise it is made in the folders for the next start. */
    private static int plugin(Layout layout, List<String> args) throws Exception {
        boolean list = args.size() == 1 && args.get(0).equals("list");
        boolean change = args.size() == 2 && (args.get(0).equals("enable") || args.get(0).equals("disable"));
        if (!list && !change) {
            return usage(PLUGIN_USAGE);
        }
        if (change && !args.get(1).matches("[A-Za-z0-9._-]+")) {
            return usage("a plugin or feature name has only letters, digits, '.', '_' and '-'");
        }
        if (InstanceLock.isHeld(layout)) {
            return ShellClient.exec(layout.shellSocket(), "ampgate:plugin " + String.join(" ", args), System.out, System.err);
        }
        PluginCatalog catalog = new PluginCatalog(layout);
        try {
            if (list) {
                System.out.println(PluginTable.render(catalog, p -> p.enabled() ? "enabled" : "available"));
                System.out.println("(the gateway is not running: states are those of the folders)");
            } else if (args.get(0).equals("enable")) {
                System.out.println("enabled for the next start: " + LauncherCommands.names(catalog.enable(args.get(1))));
            } else {
                List<PluginCatalog.Plugin> removed = catalog.disable(args.get(1));
                System.out.println(removed.isEmpty() ? args.get(1) + " was not enabled"
                        : "disabled: " + LauncherCommands.names(removed));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private static int usage(String message) {
        System.err.println(message);
        System.err.println("""
                usage: ampgate [run] [--demo]         start in the foreground; --demo: with the simulated demo site
                       ampgate start [--demo] | stop | status   run as a background service
                       ampgate exec 'COMMAND'         run one shell command on the running gateway
                       ampgate shell                  open the shell of the running gateway
                       ampgate plugin list | enable NAME | disable NAME""");
        return 64;
    }
}
