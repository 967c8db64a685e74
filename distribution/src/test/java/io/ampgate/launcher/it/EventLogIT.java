package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's event list on the running gateway: a zone whose meter stops (the example meter's plugin
 * disabled) goes on its fallback limit with an alert; the alert is in {@code event:list} as an alarm
 * of the energy manager, an operator acknowledges it with {@code event:ack} and the list shows who did;
 * the meter back, the alert's end is listed too. Mistakes (an unknown id, a wrong option) fail the
 * command with a message that names them.
 */
class EventLogIT {

    @Test
    void anAlertIsListedAcknowledgedAndCleared(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            site.run(EventLogIT::scenario);
        }
    }

    private static void scenario(Site site) throws Exception {
        Site.Result start = site.ampgate("start");
        assertThat(start.exit()).as(start.all()).isZero();
        assertThat(site.command("event:list")).as("a new site").contains("no unacknowledged warnings or alarms");
        assertThat(site.ampgate("plugin", "enable", "meter-example").exit()).isZero();
        // the gateway records the meter once its plugin runs it: then a zone may name it
        Await.until("the site zone with the example meter", Duration.ofSeconds(30), () -> site.exec(
                "zone:add site - 60 name=Main fallback=16 meter=example-1").exit() == 0);

        // the meter stops: its zone falls back to 16 A, and the alert is in the event list
        assertThat(site.ampgate("plugin", "disable", "meter-example").exit()).isZero();
        AtomicReference<String> found = new AtomicReference<>();
        Await.until("the alert in event:list", Duration.ofSeconds(30), () -> {
            found.set(line(site.command("event:list --severity alarm"), " meter-silent:site ").orElse(null));
            return found.get() != null;
        });
        String alarm = found.get();
        assertThat(alarm).matches("\\d+ +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ALARM +meter/example-1 +meter-silent:site +"
                + "zone Main: meter example-1 has no reading; on its fallback limit 16.0/16.0/16.0 A");
        String id = alarm.substring(0, alarm.indexOf(' '));
        assertThat(site.command("event:list --unacknowledged --source meter example-1")).contains(alarm)
                .containsPattern("\n[1-9]\\d* unacknowledged warning\\(s\\) or alarm\\(s\\) on the site");

        // an operator acknowledges it: the list shows who did, and it is no longer waiting
        assertThat(site.command("event:ack " + id)).startsWith("acknowledged " + id + " ").endsWith("[ack by shell]\n");
        assertThat(line(site.command("event:list"), " meter-silent:site ").orElseThrow()).isEqualTo(alarm + "  [ack by shell]");
        assertThat(site.command("event:list --unacknowledged --hours 1")).doesNotContain("meter-silent:site");

        // mistakes fail the command (exit 1) and say what is wrong
        Site.Result unknown = site.exec("event:ack 987654321");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.all()).contains("there is no event 987654321");
        Site.Result wrong = site.exec("event:list --severity loud");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.all()).contains("--severity loud is not info, warning or alarm");

        // the meter back: the alert's end is listed, for the record
        assertThat(site.ampgate("plugin", "enable", "meter-example").exit()).isZero();
        Await.until("the alert's end in event:list", Duration.ofSeconds(30), () -> line(site.command("event:list"),
                " meter-silent:site ").orElseThrow().matches(".* INFO +meter/example-1 +meter-silent:site +cleared: zone Main: .*"));
    }

    /** The first (newest) line of a listing that contains {@code text}. */
    private static Optional<String> line(String listing, String text) {
        return listing.lines().filter(l -> l.contains(text)).findFirst();
    }
}
