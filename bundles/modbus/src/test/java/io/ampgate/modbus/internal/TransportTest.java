package io.ampgate.modbus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.device.DeviceHealth.State;
import io.ampgate.modbus.DataType;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.ModbusException;
import io.ampgate.modbus.ModbusException.Kind;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.WordOrder;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.Order;
import io.ampgate.simulator.modbus.UnknownUnits;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration FAST = Duration.ofMillis(100);

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Transport transport = new Transport(Clock.systemUTC(),
            (device, health) -> events.add(device.id() + " " + health.state()));
    private final List<ModbusSlaveSimulator> slaves = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        transport.close();
        slaves.forEach(ModbusSlaveSimulator::close);
    }

    private ModbusSlaveSimulator slave() throws IOException {
        ModbusSlaveSimulator s = ModbusSlaveSimulator.listen();
        slaves.add(s);
        return s;
    }

    private static final RegisterTable METER = RegisterTable.of(
            Register.input("voltage.l1", 0x0000, DataType.FLOAT32).withUnit("V"),
            Register.input("current.l1", 0x0006, DataType.FLOAT32),
            Register.input("energy", 0x0156, DataType.FLOAT32),
            Register.holding("serial", 0xFC00, DataType.U32).withOrder(WordOrder.CDAB),
            Register.text("model", 0x0100, 4));

    private static void meter(ModbusSlaveSimulator slave, int unit, double voltage) {
        slave.unit(unit).setFloat32(Area.INPUT_REGISTERS, 0x0000, voltage, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x0006, 16.5, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x0156, 12_345.5, Order.ABCD)
                .setU32(Area.HOLDING_REGISTERS, 0xFC00, 4_000_000_001L, Order.CDAB)
                .setString(Area.HOLDING_REGISTERS, 0x0100, "SDM630", 4);
    }

    private static DeviceSettings settings(String id, String address, RegisterTable table) {
        return DeviceSettings.of(id, ModbusAddress.parse(address), table).every(FAST).patience(Duration.ofMillis(300), 1);
    }

    private static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            LockSupport.parkNanos(5_000_000);
        }
    }

    private static DeviceHealth awaitState(ModbusDevice device, State state) {
        await(device.settings().id() + " " + state + " (is " + device.health() + ")",
                () -> device.health().state() == state);
        return device.health();
    }

    private static ModbusException failure(CompletionStage<?> stage) throws InterruptedException {
        try {
            stage.toCompletableFuture().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ModbusException.class);
            return (ModbusException) e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no failure within " + DEADLINE);
        }
        throw new AssertionError("it did not fail");
    }

    @Test
    void valuesDecodedEndToEnd() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230.2);
        ModbusDevice device = transport.open(settings("m1", slave.address(1), METER));
        assertThat(device.health().state()).isIn(State.STARTING, State.ONLINE);
        CountDownLatch polled = new CountDownLatch(1);
        device.onValues(v -> polled.countDown());
        assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
        Values v = device.lastValues().orElseThrow();
        assertThat(v.number("voltage.l1")).isEqualTo(230.2f);
        assertThat(v.number("current.l1")).isEqualTo(16.5);
        assertThat(v.number("energy")).isEqualTo(12_345.5);
        assertThat(v.number("serial")).isEqualTo(4_000_000_001.0);
        assertThat(v.text("model")).isEqualTo("SDM630");
        assertThat(device.health().state()).isEqualTo(State.ONLINE);
        assertThat(events).startsWith("m1 STARTING", "m1 ONLINE");
        // one request per block: input 0..7, input 0x156, holding 0x100, holding 0xFC00
        assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::function,
                ModbusSlaveSimulator.Request::address, ModbusSlaveSimulator.Request::count).startsWith(
                org.assertj.core.groups.Tuple.tuple(3, 0x0100, 4), org.assertj.core.groups.Tuple.tuple(3, 0xFC00, 2),
                org.assertj.core.groups.Tuple.tuple(4, 0, 2), org.assertj.core.groups.Tuple.tuple(4, 6, 2),
                org.assertj.core.groups.Tuple.tuple(4, 0x156, 2));

        slave.unit(1).setFloat32(Area.INPUT_REGISTERS, 0, 231.0, Order.ABCD);
        await("new voltage", () -> device.lastValues().orElseThrow().number("voltage.l1") == 231.0);
        assertThat(slave.connectionsAccepted()).isEqualTo(1); // kept open
        device.close();
        assertThat(transport.devices()).isEmpty();
    }

    @Test
    void twoUnitsBehindOneEndpointNeverInterleave() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        meter(slave, 2, 231);
        slave.answerDelay(Duration.ofMillis(5));
        ModbusDevice a = transport.open(settings("a", slave.address(1), METER));
        ModbusDevice b = transport.open(settings("b", slave.address(2), METER));
        CountDownLatch polls = new CountDownLatch(10);
        a.onValues(v -> polls.countDown());
        b.onValues(v -> polls.countDown());
        for (int i = 0; i < 5; i++) {
            transport.testRead(ModbusAddress.parse(slave.address(2)), METER, Duration.ofSeconds(1), 125);
        }
        assertThat(polls.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::unit).contains(1, 2);
        assertThat(slave.maxConcurrentRequests()).isEqualTo(1);
        assertThat(a.lastValues().orElseThrow().number("voltage.l1")).isEqualTo(230);
        assertThat(b.lastValues().orElseThrow().number("voltage.l1")).isEqualTo(231);
    }

    @Test
    void unreachableIsCommErrorUnreachableAndComesBackOnline() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        slave.stop();
        ModbusDevice device = transport.open(settings("m", slave.address(1), METER));
        DeviceHealth h = awaitState(device, State.COMM_ERROR);
        assertThat(h.lastError()).startsWith("UNREACHABLE: cannot connect to 127.0.0.1:" + slave.port());
        assertThat(device.lastValues()).isEmpty();

        slave.start();
        DeviceHealth online = awaitState(device, State.ONLINE);
        assertThat(online.lastError()).startsWith("UNREACHABLE"); // what preceded it
        assertThat(events).containsSubsequence("m STARTING", "m COMM_ERROR", "m ONLINE");

        slave.stop(); // connection lost while open
        DeviceHealth lost = awaitState(device, State.COMM_ERROR);
        assertThat(lost.lastError()).startsWith("UNREACHABLE");
        slave.start();
        awaitState(device, State.ONLINE);
    }

    @Test
    void unreachableWithinOneTimeout() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ModbusException e = failure(transport.testRead(ModbusAddress.parse("1@127.0.0.1:" + closedPort), METER,
                Duration.ofMillis(500), 125));
        assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains("cannot connect to 127.0.0.1:" + closedPort);
    }

    @Test
    void slowSlaveTimesOut() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        slave.answerDelay(Duration.ofSeconds(2));
        ModbusDevice device = transport.open(settings("slow", slave.address(1), METER));
        assertThat(awaitState(device, State.COMM_ERROR).lastError()).startsWith("TIMEOUT: ")
                .contains("no answer within the timeout");
        slave.answerDelay(Duration.ZERO);
        awaitState(device, State.ONLINE);
    }

    @Test
    void exceptionResponseWithItsCode() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        slave.unit(1).exception(Area.INPUT_REGISTERS, 0x156, 0x157, 2);
        ModbusException e = failure(transport.testRead(ModbusAddress.parse(slave.address(1)), METER,
                Duration.ofSeconds(1), 125));
        assertThat(e.kind()).isEqualTo(Kind.EXCEPTION_RESPONSE);
        assertThat(e.getMessage()).contains("function 4 at 342").contains("exception 2");
        long before = slave.requestCount();
        ModbusDevice device = transport.open(settings("ex", slave.address(1), METER));
        assertThat(awaitState(device, State.COMM_ERROR).lastError()).startsWith("EXCEPTION_RESPONSE");
        assertThat(slave.requests().stream().skip(before).filter(r -> r.address() == 0x156).count())
                .isLessThanOrEqualTo(slave.requests().stream().skip(before).filter(r -> r.address() == 0x100).count());
    }

    @Test
    void wrongUnitIdTimesOutOrGetsAGatewayException() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        ModbusException silent = failure(transport.testRead(ModbusAddress.parse(slave.address(7)), METER,
                Duration.ofMillis(200), 125));
        assertThat(silent.kind()).isEqualTo(Kind.TIMEOUT);
        slave.unknownUnits(UnknownUnits.GATEWAY_EXCEPTION);
        ModbusException gateway = failure(transport.testRead(ModbusAddress.parse(slave.address(7)), METER,
                Duration.ofMillis(200), 125));
        assertThat(gateway.kind()).isEqualTo(Kind.EXCEPTION_RESPONSE);
        assertThat(gateway.getMessage()).contains("exception 11");
        // the right unit still reads after the wrong one timed out
        Values v = transport.testRead(ModbusAddress.parse(slave.address(1)), METER, Duration.ofSeconds(1), 125)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(v.number("voltage.l1")).isEqualTo(230);
    }

    @Test
    void garbageIsAnInvalidAnswer() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        slave.answerGarbage(true);
        ModbusDevice device = transport.open(settings("g", slave.address(1), METER));
        assertThat(awaitState(device, State.COMM_ERROR).lastError()).startsWith("INVALID_ANSWER");
        Register setpoint = Register.holding("setpoint", 10, DataType.U16);
        ModbusException bad = failure(device.write(setpoint, 5, false));
        assertThat(bad.kind()).as(bad.getMessage()).isEqualTo(Kind.INVALID_ANSWER);
        slave.answerGarbage(false);
        awaitState(device, State.ONLINE);
    }

    @Test
    void aDeadGatewayDoesNotDelayAnother() throws Exception {
        ModbusSlaveSimulator dead = slave();
        meter(dead, 1, 1);
        dead.answerDelay(Duration.ofSeconds(30)); // never answers within the timeout
        ModbusSlaveSimulator alive = slave();
        meter(alive, 1, 230);
        DeviceSettings slow = DeviceSettings.of("dead", ModbusAddress.parse(dead.address(1)), METER)
                .every(FAST).patience(Duration.ofSeconds(20), 0);
        ModbusDevice stuck = transport.open(slow);
        await("a request to the dead gateway is waiting", () -> dead.requestCount() > 0);
        // while that request hangs for 20 s, the other gateway's device polls several times
        ModbusDevice ok = transport.open(settings("alive", alive.address(1), METER));
        CountDownLatch polls = new CountDownLatch(3);
        ok.onValues(v -> polls.countDown());
        assertThat(polls.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stuck.health().state()).isEqualTo(State.STARTING);
        assertThat(dead.requestCount()).isEqualTo(1);
    }

    @Test
    void writesWithReadBack() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        ModbusDevice device = transport.open(settings("w", slave.address(1), METER));
        Register current = Register.holding("limit", 0x20, DataType.U16).scaled(0.1);
        Register power = Register.holding("power", 0x30, DataType.FLOAT32).withOrder(WordOrder.CDAB);
        Register relay = Register.coil("relay", 3);
        Register flag = Register.flag("enable", 0x40, 2);
        device.write(current, 16.0, true).toCompletableFuture().get(10, TimeUnit.SECONDS);
        device.write(power, 11_000.5, true).toCompletableFuture().get(10, TimeUnit.SECONDS);
        device.write(relay, 1, true).toCompletableFuture().get(10, TimeUnit.SECONDS);
        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 0x40, 0b1001);
        device.write(flag, 1, true).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(slave.unit(1).registers(Area.HOLDING_REGISTERS, 0x20, 1)).containsExactly(160);
        assertThat(slave.unit(1).registers(Area.HOLDING_REGISTERS, 0x40, 1)).containsExactly(0b1101);
        assertThat(slave.unit(1).bit(Area.COILS, 3)).isTrue();
        assertThat(power.decode(slave.unit(1).registers(Area.HOLDING_REGISTERS, 0x30, 2), 0)).isEqualTo(11_000.5);
        assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::function).contains(5, 6, 16);

        slave.unit(1).exception(Area.HOLDING_REGISTERS, 0x50, 0x50, 4);
        ModbusException refused = failure(device.write(Register.holding("x", 0x50, DataType.U16), 1, false));
        assertThat(refused.kind()).isEqualTo(Kind.EXCEPTION_RESPONSE);
        assertThatThrownBy(() -> device.write(Register.input("ro", 0, DataType.U16), 1, false).toCompletableFuture().get())
                .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be written");
    }

    @Test
    void readBackThatDiffersFails() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230);
        ModbusDevice device = transport.open(settings("rb", slave.address(1), METER));
        Register r = new Register("limit", FunctionCode.WRITE_MULTIPLE_REGISTERS, 0x60, DataType.U32, 2, WordOrder.ABCD,
                1, -1, "");
        device.write(r, 70_000, true).toCompletableFuture().get(10, TimeUnit.SECONDS);
        slave.unit(1).ignoreWrites(Area.HOLDING_REGISTERS, 0x60, 0x61); // the device clamps the setpoint
        ModbusException e = failure(device.write(r, 80_000, true));
        assertThat(e.kind()).isEqualTo(Kind.INVALID_ANSWER);
        assertThat(e.getMessage()).isEqualTo("limit at 96 reads back [1, 4464] after writing [1, 14464]");
        device.write(r, 90_000, false).toCompletableFuture().get(10, TimeUnit.SECONDS); // no read-back: no check
    }

    @Test
    void backoffDoublesUpToTenIntervalsOr30Seconds() {
        PolledDevice fast = new PolledDevice(settings("f", "1@127.0.0.1:1", METER), null, Clock.systemUTC(),
                (d, h) -> {}, (d, w) -> {});
        assertThat(fast.backoff(1)).isEqualTo(FAST);
        assertThat(fast.backoff(2)).isEqualTo(FAST.multipliedBy(2));
        assertThat(fast.backoff(4)).isEqualTo(FAST.multipliedBy(8));
        assertThat(fast.backoff(5)).isEqualTo(FAST.multipliedBy(10));
        assertThat(fast.backoff(500)).isEqualTo(FAST.multipliedBy(10));
        PolledDevice slow = new PolledDevice(settings("s", "1@127.0.0.1:1", METER).every(Duration.ofSeconds(5)), null,
                Clock.systemUTC(), (d, h) -> {}, (d, w) -> {});
        assertThat(slow.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(slow.backoff(4)).isEqualTo(Duration.ofSeconds(30));
        PolledDevice slower = new PolledDevice(settings("s", "1@127.0.0.1:1", METER).every(Duration.ofMinutes(1)), null,
                Clock.systemUTC(), (d, h) -> {}, (d, w) -> {});
        assertThat(slower.backoff(3)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void commandsPrintRawAndDecoded() throws Exception {
        ModbusSlaveSimulator slave = slave();
        meter(slave, 1, 230.2);
        slave.unit(1).setS32(Area.HOLDING_REGISTERS, 10, -1500, Order.CDAB);
        ModbusCommands commands = new ModbusCommands(transport, transport::devices);
        String f = commands.test(slave.address(1), 4, 0, 2, "float32", "ABCD");
        int bits = Float.floatToIntBits(230.2f);
        assertThat(f).contains(String.format("0x%04X", bits >>> 16)).contains("FLOAT32 ABCD = 230.1999969482422");
        assertThat(commands.test(slave.address(1), 3, 10, "s32", "cdab")).contains("S32 CDAB = -1500");
        assertThat(commands.test(slave.address(1), 3, 0x100, 4, "string")).contains("STRING ABCD = \"SDM630\"");
        assertThat(commands.test(slave.address(1), 9, 0)).startsWith("error: function code 9");
        assertThat(commands.test("nonsense", 3, 0)).startsWith("error: 'nonsense' is not a Modbus address");
        assertThat(commands.devices()).isEqualTo("no Modbus devices are polled");
        ModbusDevice d = transport.open(settings("meter-1", slave.address(1), METER));
        awaitState(d, State.ONLINE);
        assertThat(commands.devices()).contains("meter-1").contains(slave.address(1)).contains("ONLINE");
    }
}
