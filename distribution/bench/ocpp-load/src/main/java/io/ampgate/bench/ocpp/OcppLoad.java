package io.ampgate.bench.ocpp;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The OCPP load benchmark's tool, run by {@code distribution/bench/ocpp-load.sh}:
 * <pre>
 *   seed SITE STATIONS BADGES        registered stations and badges into the site's database (gateway stopped)
 *   run  --option value ...          the load against the running gateway; see {@link Options}
 * </pre>
 * {@code run} exits with 1 when a target is missed, 2 on wrong arguments.
 */
public final class OcppLoad {

    private OcppLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("seed")) {
            Seeder.seed(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        if (args.length >= 1 && args[0].equals("run")) {
            Options options;
            try {
                options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
            } catch (IllegalArgumentException e) {
                System.err.println("ocpp-load: " + e.getMessage());
                System.exit(2);
                return;
            }
            Result result = new LoadRun(options).run();
            System.out.print(result.report());
            System.out.flush();
            System.exit(result.passed() ? 0 : 1);
        }
        System.err.println("usage: OcppLoad seed SITE STATIONS BADGES | run --uri URI --stations N ...");
        System.exit(2);
    }
}
