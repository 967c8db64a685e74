package io.ampgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommissioningScriptTest {
    static final Duration RETRY = Duration.ofMillis(1);
    static final Duration PATIENCE = Duration.ofMillis(300);

    /** A shell whose commands fail a given number of times before they succeed; -1: always. */
    static final class FakeShell implements CommissioningScript.Shell {
        final Map<String, Integer> failuresLeft = new HashMap<>();
        final List<String> ran = new ArrayList<>();

        @Override
        public CommissioningScript.Answer run(String command) {
            ran.add(command);
            int left = failuresLeft.getOrDefault(command, 0);
            if (left == 0) {
                return new CommissioningScript.Answer(0, "done: " + command + "\n", "");
            }
            failuresLeft.put(command, left - 1);
            return new CommissioningScript.Answer(1, "", "not yet: " + command + "\n");
        }
    }

    final List<String> recorded = new ArrayList<>();
    final CommissioningScript.Progress progress = (step, command, answer) -> recorded.add(step + " " + answer.text());

    @Test
    void commentsAndBlankLinesAreSkippedAndPlaceholdersFilled() {
        CommissioningScript script = CommissioningScript.parse("""
                # the site's clock
                ampgate:setting site.timeZone ${timeZone}

                   zone:add site - 100 name="Main board"   \s
                \t# indented comment
                ocpp:register CP1\r
                """, Map.of("timeZone", "Etc/GMT-1"));
        assertThat(script.commands()).containsExactly("ampgate:setting site.timeZone Etc/GMT-1",
                "zone:add site - 100 name=\"Main board\"", "ocpp:register CP1");
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        assertThatThrownBy(() -> CommissioningScript.parse("ampgate:setting site.timeZone ${zone}\n", Map.of()))
                .hasMessage("no value for [zone]");
    }

    @Test
    void everyCommandRunsInOrderAndEachStepIsRecorded() throws Exception {
        FakeShell shell = new FakeShell();
        CommissioningScript.Outcome outcome = new CommissioningScript(List.of("a", "b", "c")).run(0, shell, progress, RETRY, PATIENCE);
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.done()).isEqualTo(3);
        assertThat(shell.ran).containsExactly("a", "b", "c");
        assertThat(recorded).containsExactly("1 done: a", "2 done: b", "3 done: c");
    }

    @Test
    void aCommandWhoseNeedsAreOnTheirWayIsTriedAgain() throws Exception {
        FakeShell shell = new FakeShell();
        shell.failuresLeft.put("zone:station CP1 garage", 3);
        CommissioningScript.Outcome outcome = new CommissioningScript(List.of("zone:station CP1 garage", "b"))
                .run(0, shell, progress, RETRY, PATIENCE);
        assertThat(outcome.complete()).isTrue();
        assertThat(shell.ran).containsExactly("zone:station CP1 garage", "zone:station CP1 garage",
                "zone:station CP1 garage", "zone:station CP1 garage", "b");
        assertThat(recorded).containsExactly("1 done: zone:station CP1 garage", "2 done: b");
    }

    @Test
    void aCommandThatStillFailsAtItsDeadlineEndsTheRunWithItsLastAnswer() throws Exception {
        FakeShell shell = new FakeShell();
        shell.failuresLeft.put("b", -1);
        long start = System.nanoTime();
        CommissioningScript.Outcome outcome = new CommissioningScript(List.of("a", "b", "c")).run(0, shell, progress, RETRY, PATIENCE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(PATIENCE, PATIENCE.multipliedBy(10));
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.done()).isEqualTo(1);
        assertThat(outcome.failedCommand()).isEqualTo("b");
        assertThat(outcome.failure().text()).isEqualTo("not yet: b");
        assertThat(shell.ran).doesNotContain("c");
        assertThat(recorded).containsExactly("1 done: a");
    }

    @Test
    void aLaterRunStartsAtTheFirstStepNotDone() throws Exception {
        FakeShell shell = new FakeShell();
        CommissioningScript.Outcome outcome = new CommissioningScript(List.of("a", "b", "c")).run(1, shell, progress, RETRY, PATIENCE);
        assertThat(shell.ran).containsExactly("b", "c");
        assertThat(outcome.done()).isEqualTo(3);
        assertThat(new CommissioningScript(List.of("a")).run(5, shell, progress, RETRY, PATIENCE).complete()).isTrue();
    }
}
