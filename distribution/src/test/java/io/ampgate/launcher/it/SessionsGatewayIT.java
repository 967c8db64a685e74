package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Badges and sessions in the real gateway, as an operator drives them from the shell: a badge is
 * added, a station is started on it from afar, the running session and the totals are shown, and
 * the operator's stop is recorded.
 */
class SessionsGatewayIT {

    @Test
    void anOperatorStartsWatchesAndStopsASessionFromTheShell(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            site.run(SessionsGatewayIT::scenario);
        }
    }

    private static void scenario(Site site) throws Exception {
        assertThat(site.ampgate("start").exit()).isZero();
        awaitLog(site, "listening on 127.0.0.1: ws " + site.ocppPort);
        assertThat(exec(site, "badge:add 0BEEF001 holder=\"Van 12\" parent=FLEET7")).contains("added badge 0BEEF001");
        assertThat(exec(site, "ampgate:setting site.timeZone UTC")).startsWith("site.timeZone = UTC");

        ChargePointSimulator cp = ChargePointSimulator.builder("CP-S1",
                URI.create("ws://127.0.0.1:" + site.ocppPort + "/ocpp/")).remoteTransactions(true).build().connect();
        try {
            cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS);
            exec(site, "ocpp:register CP-S1");
            cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS);
            cp.statusNotification(1, "Preparing", "NoError").get(10, TimeUnit.SECONDS);

            Site.Result refused = site.exec("session:start CP-S1 1 NOBODY");
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.all()).contains("badge NOBODY is not one of the site's badges");

            assertThat(exec(site, "session:start CP-S1 1 0beef001")).endsWith(": accepted");
            String running = awaitExec(site, "session:running", out -> out.contains("0BEEF001"));
            assertThat(running).contains("CP-S1").contains("Van 12");
            long session = sessionId(running);

            cp.meterValues(1, (int) session, 7_500, 11_000, 16, 16, 16).get(10, TimeUnit.SECONDS);
            awaitExec(site, "session:running", out -> out.contains("7.50"));
            assertThat(exec(site, "session:totals")).containsPattern("today +1 +7\\.500");

            assertThat(exec(site, "session:stop " + session)).endsWith(": accepted");
            awaitExec(site, "session:running", out -> out.equals("no running sessions"));
            assertThat(exec(site, "badge:show 0BEEF001")).contains("sessions    1");
        } finally {
            cp.abort();
        }
    }

    private static long sessionId(String running) {
        Matcher m = Pattern.compile("(?m)^(\\d+) +CP-S1").matcher(running);
        assertThat(m.find()).as(running).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String exec(Site site, String command) throws Exception {
        Site.Result result = site.exec(command);
        assertThat(result.exit()).as(command + ": " + result.all()).isZero();
        return result.out().strip();
    }

    private static String awaitExec(Site site, String command, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            String out = exec(site, command);
            if (done.test(out)) {
                return out;
            }
            assertThat(System.nanoTime()).as(command + " never showed what was awaited; last: " + out).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitLog(Site site, String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!site.log().contains(line)) {
            assertThat(System.nanoTime()).as("log line: " + line).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
