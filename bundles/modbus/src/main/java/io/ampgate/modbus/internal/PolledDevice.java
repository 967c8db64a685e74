package io.ampgate.modbus.internal;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.modbus.Block;
import io.ampgate.modbus.DataType;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusException;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.Values;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A device polled on its gateway's worker: every poll reads the table's blocks in order; a poll
 * that fails sets COMM_ERROR and the next one comes later and later (doubling, up to ten poll
 * intervals and at most 30 s) until one succeeds.
 */
final class PolledDevice implements ModbusDevice {
    /** The longest wait after failed polls. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final DeviceSettings settings;
    private final List<Block> blocks;
    private final GatewayWorker worker;
    private final Clock clock;
    private final HealthListener healthListener;
    private final BiConsumer<PolledDevice, GatewayWorker> onClose;
    private final List<Consumer<Values>> listeners = new CopyOnWriteArrayList<>();
    private volatile Values last;
    private volatile DeviceHealth health;
    private volatile Instant lastPoll;
    private volatile LongConsumer latencyObserver = nanos -> {};
    private volatile boolean closed;
    /** Worker thread only. */
    private int failures;
    private long due;
    private ScheduledFuture<?> next;

    /** Told of every change of health state. */
    interface HealthListener {
        void changed(PolledDevice device, DeviceHealth health);
    }

    PolledDevice(DeviceSettings settings, GatewayWorker worker, Clock clock, HealthListener healthListener,
            BiConsumer<PolledDevice, GatewayWorker> onClose) {
        this.settings = settings;
        this.blocks = settings.table().blocks(settings.maxRegisters(), settings.maxGap());
        this.worker = worker;
        this.clock = clock;
        this.healthListener = healthListener;
        this.onClose = onClose;
        this.health = DeviceHealth.starting(clock.instant());
    }

    /** Schedules the first poll now. */
    void start() {
        worker.submit(() -> {
            due = System.nanoTime();
            poll();
            return null;
        });
    }

    /** Benchmarks: told each poll's latency, from when it was due to when it ended, in nanoseconds. */
    void observeLatency(LongConsumer observer) {
        latencyObserver = observer;
    }

    @Override
    public DeviceSettings settings() {
        return settings;
    }

    @Override
    public Optional<Values> lastValues() {
        return Optional.ofNullable(last);
    }

    @Override
    public DeviceHealth health() {
        return health;
    }

    /** @return when the last poll ended, well or not; empty before the first */
    Optional<Instant> lastPoll() {
        return Optional.ofNullable(lastPoll);
    }

    @Override
    public void onValues(Consumer<Values> listener) {
        listeners.add(listener);
    }

    /** Worker thread: one poll, then the next one scheduled. */
    private void poll() {
        if (closed) {
            return;
        }
        long interval = settings.pollInterval().toNanos();
        try {
            readAll(settings.retries(), due);
            failures = 0;
            due += interval;
        } catch (ModbusException e) {
            failures++;
            due = System.nanoTime() + backoff(failures).toNanos();
        } catch (RuntimeException e) {
            failures++;
            fail(new ModbusException(ModbusException.Kind.INVALID_ANSWER, settings.id() + ": " + e, e));
            due = System.nanoTime() + backoff(failures).toNanos();
        }
        long now = System.nanoTime();
        if (due < now) {
            due = now; // late: poll at once, but never catch up with a burst
        }
        if (!closed) {
            next = worker.schedule(this::poll, due - now);
        }
    }

    /** The wait after {@code failures} failed polls in a row: the interval doubled, at most 10 intervals or 30 s. */
    Duration backoff(int failedPolls) {
        Duration interval = settings.pollInterval();
        Duration cap = interval.multipliedBy(10);
        if (cap.compareTo(MAX_BACKOFF) > 0) {
            cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        }
        Duration d = interval.multipliedBy(1L << Math.min(failedPolls - 1, 20));
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /**
     * Worker thread: reads every block; sets the values and health.
     *
     * @param pollDue when the poll was due ({@link System#nanoTime()}), for its latency; 0 for none
     */
    private Values readAll(int retries, long pollDue) throws ModbusException {
        Map<String, Double> numbers = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        try {
            for (Block block : blocks) {
                int[] words = worker.read(settings.address().unitId(), block, settings.timeout(), retries);
                block.decode(words, numbers, texts);
            }
        } catch (ModbusException e) {
            fail(e);
            throw e;
        }
        Values values = new Values(clock.instant(), numbers, texts);
        lastPoll = values.at();
        if (!closed) {
            last = values;
            if (health.state() != DeviceHealth.State.ONLINE) {
                setHealth(new DeviceHealth(DeviceHealth.State.ONLINE, health.lastError(), values.at()));
            }
            for (Consumer<Values> l : listeners) {
                try {
                    l.accept(values);
                } catch (RuntimeException e) {
                    // a listener's failure is its own
                }
            }
            if (pollDue != 0) {
                latencyObserver.accept(System.nanoTime() - pollDue);
            }
        }
        return values;
    }

    private void fail(ModbusException e) {
        Instant now = clock.instant();
        lastPoll = now;
        if (closed) {
            return;
        }
        String error = e.kind() + ": " + e.getMessage();
        DeviceHealth h = health;
        if (h.state() == DeviceHealth.State.COMM_ERROR) {
            health = new DeviceHealth(DeviceHealth.State.COMM_ERROR, error, h.since());
        } else {
            setHealth(DeviceHealth.commError(error, now));
        }
    }

    private void setHealth(DeviceHealth h) {
        health = h;
        healthListener.changed(this, h);
    }

    @Override
    public CompletionStage<Values> readNow() {
        return worker.submit(() -> readAll(settings.retries(), 0));
    }

    @Override
    public CompletionStage<Void> write(Register register, double value, boolean readBack) {
        FunctionCode function;
        int[] words;
        try {
            function = writeFunction(register);
            words = register.type() == DataType.BITS && !register.function().bits() ? null : register.encode(value);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        int unit = settings.address().unitId();
        return worker.submit(() -> {
            int[] out = words;
            if (out == null) { // one bit of a holding register: read, change, write
                int word = worker.read(unit, FunctionCode.READ_HOLDING_REGISTERS, register.address(), 1,
                        settings.timeout(), settings.retries())[0];
                int mask = 1 << register.bit();
                out = new int[] {value != 0 ? word | mask : word & ~mask};
            }
            worker.write(unit, function, register.address(), out, settings.timeout(), settings.retries());
            if (readBack) {
                FunctionCode read = function == FunctionCode.WRITE_SINGLE_COIL ? FunctionCode.READ_COILS
                        : FunctionCode.READ_HOLDING_REGISTERS;
                int[] back = worker.read(unit, read, register.address(), out.length, settings.timeout(),
                        settings.retries());
                if (!Arrays.equals(back, out)) {
                    throw new ModbusException(ModbusException.Kind.INVALID_ANSWER, register.name() + " at "
                            + register.address() + " reads back " + Arrays.toString(back) + " after writing "
                            + Arrays.toString(out));
                }
            }
            return null;
        });
    }

    /** 05 for a coil, 06 for one register, 16 for several (or when the register says 16). */
    static FunctionCode writeFunction(Register register) {
        return switch (register.function()) {
            case READ_COILS, WRITE_SINGLE_COIL -> FunctionCode.WRITE_SINGLE_COIL;
            case READ_HOLDING_REGISTERS, WRITE_SINGLE_REGISTER -> register.words() == 1
                    ? FunctionCode.WRITE_SINGLE_REGISTER : FunctionCode.WRITE_MULTIPLE_REGISTERS;
            case WRITE_MULTIPLE_REGISTERS -> FunctionCode.WRITE_MULTIPLE_REGISTERS;
            case READ_INPUT_REGISTERS, READ_DISCRETE_INPUTS -> throw new IllegalArgumentException(register.name()
                    + " is read with function " + register.function().code() + ": it cannot be written");
        };
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        worker.submit(() -> {
            if (next != null) {
                next.cancel(false);
            }
            return null;
        });
        onClose.accept(this, worker);
    }
}
