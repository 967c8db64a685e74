package io.ampgate.bench.ocpp;

import io.ampgate.bench.ocpp.Recorder.Outcome;
import io.ampgate.simulator.ocpp.Answer;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One station's part of the load. Its CALLs go out one at a time, as OCPP-J asks, from a queue of
 * its own: the time of each is taken when it really leaves (not while it waits behind the previous
 * one) until its answer arrives. A periodic message whose previous turn still waits is skipped
 * and counted, so a slow central system shows as skipped turns rather than a growing queue.
 */
final class LoadStation {

    private record Message(String action, Supplier<CompletableFuture<Answer>> send, Predicate<Answer> accepted,
            Consumer<Answer> then) {
    }

    private final ChargePointSimulator simulator;
    private final Fleet fleet;
    private final ScheduledExecutorService timers;
    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private final List<ScheduledFuture<?>> repeats = new CopyOnWriteArrayList<>();
    private boolean busy;
    private volatile boolean running;
    private Integer transactionId;
    private double energyWh;
    private volatile String badge;

    LoadStation(ChargePointSimulator simulator, Fleet fleet, ScheduledExecutorService timers) {
        this.simulator = simulator;
        this.fleet = fleet;
        this.timers = timers;
    }

    String id() {
        return simulator.identity();
    }

    ChargePointSimulator simulator() {
        return simulator;
    }

    /**
     * BootNotification, then the connector's status; {@code done} hears, once both are answered,
     * whether the boot was accepted.
     */
    void boot(Consumer<Boolean> done) {
        send(new Message("BootNotification", simulator::bootNotification, LoadStation::bootAccepted, a -> {
            if (a != null && bootAccepted(a)) {
                send(status("Available", b -> done.accept(true)));
            } else {
                done.accept(false);
            }
        }));
    }

    /** The steady state: heartbeats, meter values and sessions, each spread at random, until {@link #stop}. */
    void start() {
        running = true;
        Options o = fleet.options();
        every(o.heartbeat(), () -> new Message("Heartbeat", simulator::heartbeat, a -> true, null));
        every(o.meterValues(), this::meterValues);
        later(fleet.between(Duration.ZERO, o.pauseMax()), this::startSession);
    }

    /** Sends nothing more; what is already queued still goes. */
    void stop() {
        running = false;
        repeats.forEach(r -> r.cancel(false));
    }

    /** Whether a CALL is out or waiting. */
    synchronized boolean idle() {
        return !busy && queue.isEmpty();
    }

    private void every(Duration period, Supplier<Message> message) {
        long phase = fleet.between(Duration.ZERO, period).toNanos();
        AtomicLong turns = new AtomicLong(fleet.turnsWithin(period));
        repeats.add(timers.scheduleAtFixedRate(() -> {
            if (running && turns.getAndDecrement() > 0) {
                offerPeriodic(message.get());
            }
        }, phase, period.toNanos(), TimeUnit.NANOSECONDS));
    }

    private void later(Duration delay, Runnable step) {
        timers.schedule(() -> {
            if (running) {
                step.run();
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A sample of the energy register, taken when the message leaves: 11 kW while charging, else 0. */
    private Message meterValues() {
        return new Message("MeterValues", () -> {
            Integer tx;
            double power;
            double wh;
            synchronized (this) {
                tx = transactionId;
                power = tx == null ? 0 : 11_000;
                energyWh += power * fleet.options().meterValues().toSeconds() / 3600.0;
                wh = Math.floor(energyWh);
            }
            double amps = power / (3 * 230);
            return simulator.meterValues(1, tx, wh, power, amps, amps, amps);
        }, a -> true, null);
    }

    private synchronized long register() {
        return (long) energyWh;
    }

    private void startSession() {
        badge = Seeder.badgeId(fleet.randomBadge());
        send(new Message("Authorize", () -> simulator.authorize(badge), LoadStation::idTagAccepted, a -> {
            if (a != null && idTagAccepted(a) && running) {
                long meterStart = register();
                send(new Message("StartTransaction",
                        () -> simulator.startTransaction(1, badge, meterStart, Instant.now()),
                        LoadStation::startAccepted, this::onStarted));
            } else {
                nextSession();
            }
        }));
    }

    private void onStarted(Answer answer) {
        if (answer == null || !startAccepted(answer)) {
            nextSession();
            return;
        }
        synchronized (this) {
            transactionId = ((Answer.Result) answer).payload().get("transactionId").asInt();
        }
        send(status("Charging"));
        later(fleet.between(fleet.options().sessionMin(), fleet.options().sessionMax()), this::stopSession);
    }

    private void stopSession() {
        int tx;
        synchronized (this) {
            tx = transactionId;
        }
        send(new Message("StopTransaction",
                () -> simulator.stopTransaction(tx, register(), Instant.now(), "Local", badge), a -> true, a -> {
                    synchronized (this) {
                        transactionId = null;
                    }
                    send(status("Available"));
                    nextSession();
                }));
    }

    private void nextSession() {
        later(fleet.between(fleet.options().pauseMin(), fleet.options().pauseMax()), this::startSession);
    }

    private Message status(String status) {
        return status(status, null);
    }

    private Message status(String status, Consumer<Answer> then) {
        return new Message("StatusNotification", () -> simulator.statusNotification(1, status, "NoError"),
                a -> true, then);
    }

    private static boolean bootAccepted(Answer answer) {
        return answer instanceof Answer.Result r && r.payload().path("status").asText().equals("Accepted");
    }

    private static boolean startAccepted(Answer answer) {
        return idTagAccepted(answer) && ((Answer.Result) answer).payload().path("transactionId").isInt();
    }

    private static boolean idTagAccepted(Answer answer) {
        return answer instanceof Answer.Result r
                && r.payload().path("idTagInfo").path("status").asText().equals("Accepted");
    }

    private void offerPeriodic(Message message) {
        synchronized (this) {
            if (queue.stream().anyMatch(m -> m.action().equals(message.action()))) {
                fleet.skipped(message.action());
                return;
            }
        }
        send(message);
    }

    private void send(Message message) {
        synchronized (this) {
            if (busy) {
                queue.add(message);
                return;
            }
            busy = true;
        }
        transmit(message);
    }

    private void transmit(Message message) {
        if (!fleet.spend()) {
            finished(message, null);
            return;
        }
        long sent = System.nanoTime();
        CompletableFuture<Answer> answer;
        try {
            answer = message.send().get();
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((a, failure) -> {
            long nanos = System.nanoTime() - sent;
            Outcome outcome = failure != null ? Outcome.UNANSWERED
                    : a instanceof Answer.Error ? Outcome.CALL_ERROR
                    : message.accepted().test(a) ? Outcome.ANSWERED : Outcome.REFUSED;
            fleet.recorder().record(message.action(), nanos, outcome);
            if (failure != null) {
                fleet.failed(id(), message.action(), failure);
            }
            // the next CALL leaves from a timer thread, not from the thread that read this answer
            timers.execute(() -> finished(message, failure == null ? a : null));
        });
    }

    private void finished(Message message, Answer answer) {
        if (message.then() != null) {
            message.then().accept(answer);
        }
        Message next;
        synchronized (this) {
            next = queue.poll();
            busy = next != null;
        }
        if (next != null) {
            transmit(next);
        }
    }
}
