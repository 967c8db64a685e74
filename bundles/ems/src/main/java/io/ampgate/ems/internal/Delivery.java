package io.ampgate.ems.internal;

import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.ems.cycle.SetpointPlan.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/** Sends one wave of setpoints to the stations and waits for their answers. */
final class Delivery {
    private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

    private Delivery() {
    }

    /**
     * @param wave the steps to send
     * @param stations the station services by id
     * @param timeout how long to wait for every answer
     * @return the steps the stations accepted
     */
    static List<Step> send(List<Step> wave, Map<String, ChargingStation> stations, Duration timeout)
            throws InterruptedException {
        List<Step> sent = new ArrayList<>();
        List<CompletableFuture<CommandResult>> answers = new ArrayList<>();
        for (Step step : wave) {
            int slash = step.connector().lastIndexOf('/');
            ChargingStation station = stations.get(step.connector().substring(0, slash));
            int connector = Integer.parseInt(step.connector().substring(slash + 1));
            answers.add(station == null ? CompletableFuture.completedFuture(CommandResult.of(CommandResult.Outcome.OFFLINE,
                    "no station service")) : station.applySetpoint(connector,
                    new io.ampgate.api.station.Setpoint.Amps(PhaseValues.all(step.setpoint()))).toCompletableFuture());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < wave.size(); i++) {
            Step step = wave.get(i);
            try {
                CommandResult r = answers.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (r.isAccepted()) {
                    sent.add(step);
                } else {
                    LOG.warning(() -> step.connector() + ": setpoint " + step.setpoint() + " A not applied: " + r.outcome()
                            + " " + r.detail());
                }
            } catch (ExecutionException | TimeoutException e) {
                LOG.warning(() -> step.connector() + ": setpoint " + step.setpoint() + " A not confirmed: " + e);
            }
        }
        return sent;
    }
}
