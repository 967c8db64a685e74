package io.ampgate.signal.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.event.Topics;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.modbus.ModbusGateways;
import io.ampgate.modbus.internal.Transport;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.Order;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Sources over the real transport, reading the Modbus TCP slave simulator on 127.0.0.1. The
 * transport's health changes reach the sources as the gateway's Event Admin would deliver them, and
 * what the sources post is kept. Waits have deadlines; most steps read the device directly.
 */
class ModbusSignalSourceTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final int POLL_MS = 100;
    private static final int TIMEOUT_MS = 300;

    private final List<ModbusSignalSource> sources = new CopyOnWriteArrayList<>();
    private final List<Event> posted = new CopyOnWriteArrayList<>();
    private final Transport transport = new Transport(Clock.systemUTC(), (device, health) -> {
        Event e = new Event(ModbusGateways.TOPIC_HEALTH, Map.of(ModbusGateways.PROP_DEVICE_ID, device.id(),
                ModbusGateways.PROP_ADDRESS, device.address().toString(), Topics.PROP_HEALTH, health,
                Topics.PROP_TIMESTAMP, health.since().toEpochMilli()));
        sources.forEach(s -> s.handleEvent(e));
    });
    private ModbusSlaveSimulator slave;

    @BeforeEach
    void listen() throws Exception {
        slave = ModbusSlaveSimulator.listen();
    }

    @AfterEach
    void stop() {
        sources.forEach(ModbusSignalSource::close);
        transport.close();
        slave.close();
    }

    private ModbusSignalSource source(String settings) {
        ModbusSignalSource s = new ModbusSignalSource(transport, Configs.parse("dso", slave.address(1),
                "pollIntervalMs=" + POLL_MS + ";timeoutMs=" + TIMEOUT_MS + ";" + settings));
        s.events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                posted.add(event);
            }
        };
        sources.add(s);
        return s;
    }

    /** Reads the device now and gives the signal it makes. */
    private static GridSignal readNow(ModbusSignalSource s) throws Exception {
        return s.readNow().toCompletableFuture().get(DEADLINE.toSeconds(), TimeUnit.SECONDS).orElseThrow();
    }

    /** Waits, until the deadline, for the source's polls to post a signal of that level; returns it. */
    private GridSignal awaitPosted(GridSignalLevel level) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            Optional<Event> last = posted.isEmpty() ? Optional.empty() : Optional.of(posted.get(posted.size() - 1));
            if (last.isPresent() && level.name().equals(last.get().getProperty(Topics.PROP_LEVEL))) {
                return (GridSignal) last.get().getProperty(Topics.PROP_SIGNAL);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + level + " posted within " + DEADLINE + "; posted " + levels());
    }

    private List<Object> levels() {
        return posted.stream().map(e -> e.getProperty(Topics.PROP_LEVEL)).toList();
    }

    @Test
    void aDiscreteInputToggledIsFavorableThenConstrainedAndEachChangeIsPosted() throws Exception {
        slave.unit(1).setBit(Area.DISCRETE_INPUTS, 4, false);
        ModbusSignalSource s = source("function=2;register=4");

        GridSignal favorable = awaitPosted(GridSignalLevel.FAVORABLE);
        slave.unit(1).setBit(Area.DISCRETE_INPUTS, 4, true);
        GridSignal constrained = awaitPosted(GridSignalLevel.CONSTRAINED);

        assertThat(constrained.cap().max()).isNaN();
        assertThat(constrained.maxSessions()).isEmpty();
        assertThat(constrained.timestamp()).isAfter(favorable.timestamp());
        Event e = posted.get(posted.size() - 1);
        assertThat(e.getTopic()).isEqualTo(Topics.SIGNAL_GRID);
        assertThat(e.getProperty(Topics.PROP_SIGNAL_ID)).isEqualTo("dso");
        assertThat(e.getProperty(Topics.PROP_TIMESTAMP)).isEqualTo(constrained.timestamp().toEpochMilli());
        assertThat(s.gridSignal().orElseThrow().level()).isEqualTo(GridSignalLevel.CONSTRAINED);
        assertThat(s.id()).isEqualTo("dso");
        assertThat(s.health().state()).isEqualTo(DeviceHealth.State.ONLINE);
        // many polls, two changes: one event each
        readNow(s);
        readNow(s);
        assertThat(levels()).containsExactly("FAVORABLE", "CONSTRAINED");
    }

    @Test
    void anActiveLowCoilIsConstrainedWhenItsContactOpens() throws Exception {
        slave.unit(1).setBit(Area.COILS, 0x10, true);
        ModbusSignalSource s = source("function=1;register=0x10;polarity=active-low");

        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.FAVORABLE);
        slave.unit(1).setBit(Area.COILS, 0x10, false);
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.CONSTRAINED);
        assertThat(s.describe()).isEqualTo(slave.address(1) + " coil 16 (active-low)");
    }

    @Test
    void aRegisterGivesEachLevelAndTheCapWhileConstrained() throws Exception {
        slave.unit(1).strict(true).setU16(Area.HOLDING_REGISTERS, 100, 0).setU16(Area.HOLDING_REGISTERS, 101, 160);
        ModbusSignalSource s = source("function=3;register=100;limitRegister=101;limitScale=0.1");

        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.FAVORABLE);

        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 100, 1);
        GridSignal constrained = readNow(s);
        assertThat(constrained.level()).isEqualTo(GridSignalLevel.CONSTRAINED);
        assertThat(constrained.cap().l1()).isEqualTo(16.0);
        assertThat(constrained.cap().l2()).isEqualTo(16.0);
        assertThat(constrained.cap().l3()).isEqualTo(16.0);

        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 101, 320);
        assertThat(readNow(s).cap().l1()).isEqualTo(32.0);

        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 100, 2);
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.LOST);
        assertThat(s.status()).isEqualTo("LOST: holding register 100 reads 2: the device reports the signal lost");

        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 100, 9);
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.LOST);
        assertThat(s.status()).contains("holding register 100 reads 9, which the levels 0=favorable,1=constrained,2=lost do not name");

        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 100, 0);
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.FAVORABLE);
        assertThat(levels()).containsSubsequence("FAVORABLE", "CONSTRAINED", "CONSTRAINED", "LOST", "FAVORABLE");
    }

    @Test
    void anInputRegisterCarriesTheNumberOfSessions() throws Exception {
        slave.unit(1).setU32(Area.INPUT_REGISTERS, 0, 1, Order.CDAB).setU16(Area.INPUT_REGISTERS, 2, 3);
        ModbusSignalSource s = source("function=4;type=u32;wordOrder=CDAB;limitRegister=2;limitFunction=4;"
                + "limitMeaning=sessions");

        GridSignal constrained = readNow(s);

        assertThat(constrained.level()).isEqualTo(GridSignalLevel.CONSTRAINED);
        assertThat(constrained.maxSessions()).hasValue(3);
        assertThat(constrained.cap().max()).isNaN();
    }

    @Test
    void aStoppedSlaveIsLostWithinOneFailedPollAndTheSignalComesBackWithIt() throws Exception {
        slave.unit(1).setBit(Area.DISCRETE_INPUTS, 0, true);
        ModbusSignalSource s = source("function=2");
        awaitPosted(GridSignalLevel.CONSTRAINED);

        slave.stop();
        long stopped = System.nanoTime();
        GridSignal lost = awaitPosted(GridSignalLevel.LOST);
        long tookMs = (System.nanoTime() - stopped) / 1_000_000;

        // one poll interval, then the request, its timeout and its retry at the most (with slack for a busy machine)
        assertThat(tookMs).isLessThan(POLL_MS + 2L * TIMEOUT_MS + 1_000);
        assertThat(s.health().state()).isEqualTo(DeviceHealth.State.COMM_ERROR);
        assertThat(lost.timestamp()).isEqualTo(s.health().since());
        assertThat(s.status()).startsWith("LOST: the device does not answer: UNREACHABLE");

        slave.start();
        awaitPosted(GridSignalLevel.CONSTRAINED);
        assertThat(s.health().state()).isEqualTo(DeviceHealth.State.ONLINE);
        assertThat(levels()).containsExactly("CONSTRAINED", "LOST", "CONSTRAINED");
    }

    @Test
    void aSilentSlaveIsLostWithinTheTimeoutAndItsRetry() throws Exception {
        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 0, 0);
        ModbusSignalSource s = source("function=3");
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.FAVORABLE);

        slave.answerDelay(Duration.ofMillis(5 * TIMEOUT_MS));
        long asked = System.nanoTime();
        GridSignal lost = s.readNow().toCompletableFuture()
                .get(2L * TIMEOUT_MS + POLL_MS + 1_000, TimeUnit.MILLISECONDS).orElseThrow();

        assertThat(lost.level()).isEqualTo(GridSignalLevel.LOST);
        assertThat((System.nanoTime() - asked) / 1_000_000).isGreaterThanOrEqualTo(TIMEOUT_MS);
        assertThat(s.status()).startsWith("LOST: the device does not answer: TIMEOUT");
    }

    @Test
    void anExceptionResponseIsLost() throws Exception {
        slave.unit(1).setU16(Area.INPUT_REGISTERS, 7, 1).setU16(Area.INPUT_REGISTERS, 8, 20);
        ModbusSignalSource s = source("function=4;register=7;limitRegister=8;limitFunction=4");
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.CONSTRAINED);

        slave.unit(1).exception(Area.INPUT_REGISTERS, 8, 8, 4); // the limit register fails: the whole signal is lost

        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.LOST);
        assertThat(s.status()).startsWith("LOST: the device does not answer: EXCEPTION_RESPONSE");
        slave.unit(1).clearExceptions();
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.CONSTRAINED);
    }

    @Test
    void aGarbledAnswerIsLost() throws Exception {
        // a register: the simulator's garbage (byte count 1, 0xFF) would be a valid answer to a one-coil read
        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 0, 0);
        ModbusSignalSource s = source("function=3");
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.FAVORABLE);

        slave.answerGarbage(true);
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.LOST);
        assertThat(s.status()).startsWith("LOST: the device does not answer: INVALID_ANSWER");

        slave.answerGarbage(false);
        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.FAVORABLE);
    }

    @Test
    void theWrongUnitBehindAGatewayIsLost() throws Exception {
        ModbusSignalSource s = new ModbusSignalSource(transport, Configs.parse("dso", slave.address(9),
                "function=2;pollIntervalMs=100;timeoutMs=100"));
        sources.add(s);

        assertThat(readNow(s).level()).isEqualTo(GridSignalLevel.LOST);
        assertThat(s.status()).contains("TIMEOUT");
    }

    @Test
    void invalidSettingsAreRefusedAndNothingIsPolled() {
        assertThatThrownBy(() -> new ModbusSignalSource(transport, Configs.parse("dso", slave.address(1),
                "function=3;register=0x1G;levels=0=favorable")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("io.ampgate.signal.modbus: configuration not valid, the grid-signal source does "
                        + "not start: grid signal 'dso': ")
                .hasMessageContaining("register '0x1G' is not an address")
                .hasMessageContaining("levels: no value means constrained");
        assertThat(transport.devices()).isEmpty();
    }

    @Test
    void theShellListsEverySourceWithItsHealthAndSignal() throws Exception {
        slave.unit(1).setBit(Area.DISCRETE_INPUTS, 0, true);
        ModbusSignalSource s = source("function=2");
        readNow(s);
        SignalCommands commands = new SignalCommands();
        assertThat(commands.modbus()).startsWith("no Modbus grid-signal source is configured");

        commands.sources = List.of(s);

        assertThat(commands.modbus()).startsWith("dso  ONLINE since ")
                .contains("    reads " + slave.address(1) + " discrete input 0 (active-high)\n")
                .endsWith("    signal CONSTRAINED\n");
    }
}
