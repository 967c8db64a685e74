package io.ampgate.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shell commands that build the demo's site model ({@code demo/commissioning.txt}): one a line,
 * {@code #} comments and blank lines skipped, placeholders filled. Run in order from a given step;
 * a command that fails is tried again until its deadline, because what it needs may still be on its
 * way (a meter starting, a station connecting). The first that still fails ends the run.
 */
record CommissioningScript(List<String> commands) {

    /** Runs one shell command on the gateway. */
    interface Shell {
        Answer run(String command) throws IOException;
    }

    /** A command's exit status (0: done) and what it printed. */
    record Answer(int status, String out, String err) {
        boolean ok() { return status == 0; }
        String text() { return (out + err).strip(); }
    }

    /** Hears each step done, so that the caller records the progress as it goes. */
    interface Progress {
        void done(int step, String command, Answer answer) throws IOException;
    }

    /** How a run ended: the steps done so far, and the command that failed with its last answer. */
    record Outcome(int done, String failedCommand, Answer failure) {
        boolean complete() { return failedCommand == null; }
    }

    CommissioningScript {
        commands = List.copyOf(commands);
    }

    static CommissioningScript parse(String text, Map<String, String> values) {
        List<String> commands = new ArrayList<>();
        for (String line : DemoTemplates.fill(text, values).split("\\R")) {
            String command = line.strip();
            if (!command.isEmpty() && !command.startsWith("#")) {
                commands.add(command);
            }
        }
        return new CommissioningScript(commands);
    }

    /**
     * Runs the commands from step {@code from} (0-based) on.
     *
     * @param retry the pause between two tries of a command
     * @param patience how long one command is tried before the run gives up
     */
    Outcome run(int from, Shell shell, Progress progress, Duration retry, Duration patience)
            throws IOException, InterruptedException {
        for (int step = Math.max(0, from); step < commands.size(); step++) {
            String command = commands.get(step);
            long deadline = System.nanoTime() + patience.toNanos();
            Answer answer = shell.run(command);
            while (!answer.ok() && System.nanoTime() - deadline < 0) {
                Thread.sleep(retry.toMillis());
                answer = shell.run(command);
            }
            if (!answer.ok()) {
                return new Outcome(step, command, answer);
            }
            progress.done(step + 1, command, answer);
        }
        return new Outcome(commands.size(), null, null);
    }
}
