package io.ampgate.simulator.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ModbusSlaveSimulatorTest {

    @AutoClose
    private final ModbusSlaveSimulator slave = listen();

    private static ModbusSlaveSimulator listen() {
        try {
            return ModbusSlaveSimulator.listen();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private RawMaster master() throws IOException {
        return new RawMaster(slave.port(), 5_000);
    }

    @Test
    void listensOnAFreePortOfLoopback() {
        assertThat(slave.port()).isPositive();
        assertThat(slave.address(3)).isEqualTo("3@127.0.0.1:" + slave.port());
        assertThat(slave.running()).isTrue();
    }

    @Test
    void typedValuesInBothWordOrders() throws IOException {
        slave.unit(1).setFloat32(Area.INPUT_REGISTERS, 0, 230.2, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 2, 230.2, Order.CDAB)
                .setS16(Area.INPUT_REGISTERS, 4, -2)
                .setU16(Area.INPUT_REGISTERS, 5, 65_535)
                .setS32(Area.INPUT_REGISTERS, 6, -70_000, Order.CDAB)
                .setU32(Area.INPUT_REGISTERS, 8, 0xDEADBEEFL, Order.ABCD)
                .setU64(Area.INPUT_REGISTERS, 10, -1L, Order.ABCD)
                .setS64(Area.INPUT_REGISTERS, 14, 0x0102030405060708L, Order.CDAB)
                .setFloat64(Area.INPUT_REGISTERS, 18, 1.5, Order.ABCD);
        int bits = Float.floatToIntBits(230.2f);
        try (RawMaster m = master()) {
            int[] w = m.read(1, 4, 0, 22);
            assertThat(w[0]).isEqualTo(bits >>> 16);
            assertThat(w[1]).isEqualTo(bits & 0xFFFF);
            assertThat(w[2]).isEqualTo(bits & 0xFFFF);
            assertThat(w[3]).isEqualTo(bits >>> 16);
            assertThat(w[4]).isEqualTo(0xFFFE);
            assertThat(w[5]).isEqualTo(0xFFFF);
            assertThat((w[7] << 16) | w[6]).isEqualTo(-70_000);
            assertThat(new int[] {w[8], w[9]}).containsExactly(0xDEAD, 0xBEEF);
            assertThat(new int[] {w[10], w[11], w[12], w[13]}).containsExactly(0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF);
            assertThat(new int[] {w[14], w[15], w[16], w[17]}).containsExactly(0x0708, 0x0506, 0x0304, 0x0102);
            assertThat(new int[] {w[18], w[19], w[20], w[21]}).containsExactly(0x3FF8, 0, 0, 0);
        }
    }

    @Test
    void textsAndUnitsAreSeparate() throws IOException {
        slave.unit(1).setString(Area.HOLDING_REGISTERS, 100, "SDM630", 5);
        slave.unit(2).setU16(Area.HOLDING_REGISTERS, 100, 7);
        try (RawMaster m = master()) {
            assertThat(m.read(1, 3, 100, 5)).containsExactly('S' << 8 | 'D', 'M' << 8 | '6', '3' << 8 | '0', 0, 0);
            assertThat(m.read(2, 3, 100, 1)).containsExactly(7);
            assertThat(m.read(2, 4, 100, 1)).containsExactly(0);
        }
        assertThatThrownBy(() -> slave.unit(1).setString(Area.HOLDING_REGISTERS, 0, "too long", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coilsAndDiscreteInputs() throws IOException {
        slave.unit(1).setBit(Area.COILS, 3, true).setBit(Area.COILS, 9, true).setBit(Area.DISCRETE_INPUTS, 0, true);
        try (RawMaster m = master()) {
            assertThat(m.send(1, 1, 0, 0, 0, 10)).containsExactly(1, 1, 2, 0b0000_1000, 0b10);
            assertThat(m.send(1, 2, 0, 0, 0, 1)).containsExactly(1, 2, 1, 1);
        }
    }

    @Test
    void writesSingleAndMultiple() throws IOException {
        SimulatedUnit unit = slave.unit(1);
        try (RawMaster m = master()) {
            assertThat(m.send(1, 6, 0, 10, 0x12, 0x34)).containsExactly(1, 6, 0, 10, 0x12, 0x34);
            assertThat(m.send(1, 16, 0, 20, 0, 2, 4, 0, 1, 0, 2)).containsExactly(1, 16, 0, 20, 0, 2);
            assertThat(m.send(1, 5, 0, 7, 0xFF, 0)).containsExactly(1, 5, 0, 7, 0xFF, 0);
            assertThat(m.send(1, 15, 0, 0, 0, 3, 1, 0b101)).containsExactly(1, 15, 0, 0, 0, 3);
            assertThat(m.send(1, 5, 0, 8, 0x12, 0)).containsExactly(1, 0x85, 3);
        }
        assertThat(unit.registers(Area.HOLDING_REGISTERS, 10, 1)).containsExactly(0x1234);
        assertThat(unit.registers(Area.HOLDING_REGISTERS, 20, 2)).containsExactly(1, 2);
        assertThat(unit.bit(Area.COILS, 7)).isTrue();
        assertThat(unit.registers(Area.COILS, 0, 3)).containsExactly(1, 0, 1);

        unit.ignoreWrites(Area.HOLDING_REGISTERS, 10, 10);
        try (RawMaster m = master()) {
            assertThat(m.send(1, 6, 0, 10, 0, 1)).containsExactly(1, 6, 0, 10, 0, 1);
        }
        assertThat(unit.registers(Area.HOLDING_REGISTERS, 10, 1)).containsExactly(0x1234);
    }

    @Test
    void exceptionCodesForARangeAndForBadRequests() throws IOException {
        slave.unit(1).exception(Area.INPUT_REGISTERS, 10, 19, 2).setU16(Area.INPUT_REGISTERS, 0, 5);
        try (RawMaster m = master()) {
            assertThat(m.send(1, 4, 0, 18, 0, 4)).containsExactly(1, 0x84, 2);
            assertThat(m.send(1, 4, 0, 0, 0, 10)[1]).isEqualTo((byte) 4);
            assertThat(m.send(1, 3, 0, 0, 0, 126)).containsExactly(1, 0x83, 3);
            assertThat(m.send(1, 3, 0xFF, 0xFF, 0, 2)).containsExactly(1, 0x83, 2);
            assertThat(m.send(1, 43, 14, 1, 0)).containsExactly(1, 0xAB, 1);
            slave.unit(1).clearExceptions();
            assertThat(m.send(1, 4, 0, 18, 0, 4)[1]).isEqualTo((byte) 4);
        }
    }

    @Test
    void strictUnitRefusesAddressesNeverSet() throws IOException {
        slave.unit(1).strict(true).setFloat32(Area.INPUT_REGISTERS, 0, 1, Order.ABCD);
        try (RawMaster m = master()) {
            assertThat(m.read(1, 4, 0, 2)).hasSize(2);
            assertThat(m.send(1, 4, 0, 0, 0, 3)).containsExactly(1, 0x84, 2);
        }
    }

    @Test
    void unknownUnitIsSilentOrAGatewayException() throws IOException {
        slave.unit(1);
        try (RawMaster m = new RawMaster(slave.port(), 300)) {
            assertThatThrownBy(() -> m.read(9, 3, 0, 1)).isInstanceOf(SocketTimeoutException.class);
        }
        slave.unknownUnits(UnknownUnits.GATEWAY_EXCEPTION);
        try (RawMaster m = master()) {
            assertThat(m.send(9, 3, 0, 0, 0, 1)).containsExactly(9, 0x83, 0x0B);
        }
    }

    @Test
    void garbage() throws IOException {
        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 0, 1);
        slave.answerGarbage(true);
        try (RawMaster m = master()) {
            assertThat(m.send(1, 3, 0, 0, 0, 2)).containsExactly(1, 3, 1, 0xFF);
            slave.answerGarbage(false);
            assertThat(m.read(1, 3, 0, 2)).containsExactly(1, 0);
        }
    }

    @Test
    void slowAnswersTimeOut() throws IOException {
        slave.unit(1);
        slave.answerDelay(Duration.ofSeconds(2));
        try (RawMaster m = new RawMaster(slave.port(), 200)) {
            assertThatThrownBy(() -> m.read(1, 3, 0, 1)).isInstanceOf(SocketTimeoutException.class);
        }
        slave.answerDelay(Duration.ZERO);
        try (RawMaster m = master()) {
            assertThat(m.read(1, 3, 0, 1)).containsExactly(0);
        }
    }

    @Test
    void stopMakesItUnreachableAndStartBringsItBackOnTheSamePort() throws IOException {
        slave.unit(1).setU16(Area.HOLDING_REGISTERS, 0, 42);
        int port = slave.port();
        RawMaster before = master();
        slave.stop();
        assertThat(slave.running()).isFalse();
        assertThatThrownBy(() -> before.read(1, 3, 0, 1)).isInstanceOf(IOException.class);
        before.close();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        slave.start();
        assertThat(slave.port()).isEqualTo(port);
        try (RawMaster m = master()) {
            assertThat(m.read(1, 3, 0, 1)).containsExactly(42);
        }
    }

    @Test
    void countsRequestsAndConcurrency() throws Exception {
        slave.unit(1);
        try (RawMaster m = master()) {
            for (int i = 0; i < 5; i++) {
                m.read(1, 3, i, 1);
            }
        }
        assertThat(slave.requestCount()).isEqualTo(5);
        assertThat(slave.maxConcurrentRequests()).isEqualTo(1);
        assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::address).containsExactly(0, 1, 2, 3, 4);
        assertThat(slave.connectionsAccepted()).isEqualTo(1);

        slave.resetCounters().answerDelay(Duration.ofMillis(500));
        CountDownLatch connected = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> twoConnections(connected));
            Future<?> b = pool.submit(() -> twoConnections(connected));
            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(slave.maxConcurrentRequests()).isEqualTo(2);
    }

    private Void twoConnections(CountDownLatch connected) throws Exception {
        try (RawMaster m = master()) {
            connected.countDown();
            connected.await(5, TimeUnit.SECONDS);
            m.read(1, 3, 0, 1);
        }
        return null;
    }
}
