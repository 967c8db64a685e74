package io.ampgate.simulator.modbus;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Modbus TCP slave on 127.0.0.1 for tests: any number of unit ids, functions 01 to 06, 15 and
 * 16, and fault modes (stopped, slow, exception codes, garbage, unknown unit ids).
 *
 * <pre>{@code
 * try (ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {      // a free port
 *     slave.unit(1).setFloat32(Area.INPUT_REGISTERS, 0x0000, 230.2, Order.ABCD);
 *     String address = slave.address(1);                                  // "1@127.0.0.1:40123"
 *     ...
 *     slave.stop();                                                       // unreachable
 *     slave.start();                                                      // back, same port
 * }
 * }</pre>
 *
 * <p>Each connection is served by its own virtual thread, one request after the other. The
 * simulator counts requests that overlap (on several connections at once, or a request sent on a
 * connection before the previous one was answered): {@link #maxConcurrentRequests()} is 1 for a
 * master that never interleaves.
 */
public final class ModbusSlaveSimulator implements AutoCloseable {
    /** The most requests {@link #requests()} keeps. */
    public static final int LOG_SIZE = 1000;

    /**
     * One request as received.
     *
     * @param unit the unit id
     * @param function the function code
     * @param address the first address
     * @param count how many registers or bits (1 for 05 and 06)
     * @param connection which accepted connection it came on, from 1
     */
    public record Request(int unit, int function, int address, int count, long connection) {}

    private final Map<Integer, SimulatedUnit> units = new ConcurrentHashMap<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong requestCount = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final Deque<Request> log = new ArrayDeque<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean garbage;
    private volatile UnknownUnits unknownUnits = UnknownUnits.SILENT;
    private volatile int port;
    private ServerSocket server;

    private ModbusSlaveSimulator(int port) {
        this.port = port;
    }

    /** @return a simulator listening on a free port of 127.0.0.1 */
    public static ModbusSlaveSimulator listen() throws IOException {
        return listen(0);
    }

    /**
     * A simulator listening on 127.0.0.1.
     *
     * @param port the port; 0 for a free one
     * @return the simulator, listening
     */
    public static ModbusSlaveSimulator listen(int port) throws IOException {
        ModbusSlaveSimulator s = new ModbusSlaveSimulator(port);
        s.start();
        return s;
    }

    /** @return the port it listens on (kept across {@link #stop()} and {@link #start()}) */
    public int port() {
        return port;
    }

    /** @return {@code 127.0.0.1} */
    public String host() {
        return "127.0.0.1";
    }

    /**
     * @param unitId a unit id
     * @return the address as installers write it, e.g. {@code 1@127.0.0.1:40123}
     */
    public String address(int unitId) {
        return unitId + "@" + host() + ":" + port;
    }

    /**
     * A unit id, made on first use.
     *
     * @param unitId 0 to 255
     * @return its registers and faults
     */
    public SimulatedUnit unit(int unitId) {
        if (unitId < 0 || unitId > 255) {
            throw new IllegalArgumentException("unit id is 0..255, not " + unitId);
        }
        return units.computeIfAbsent(unitId, SimulatedUnit::new);
    }

    /** Removes a unit id: requests for it are then treated as {@link #unknownUnits(UnknownUnits)} says. */
    public ModbusSlaveSimulator removeUnit(int unitId) {
        units.remove(unitId);
        return this;
    }

    /** How a request for a unit id that was never made is answered (default: {@link UnknownUnits#SILENT}). */
    public ModbusSlaveSimulator unknownUnits(UnknownUnits mode) {
        unknownUnits = mode;
        return this;
    }

    /** Waits this long before every answer (default 0): beyond the master's timeout, it times out. */
    public ModbusSlaveSimulator answerDelay(Duration d) {
        delay = d;
        return this;
    }

    /**
     * Answers every request with a well-framed TCP message (same transaction id and unit) whose
     * PDU is nonsense: the function code, a byte count of 1 and one byte 0xFF.
     */
    public ModbusSlaveSimulator answerGarbage(boolean on) {
        garbage = on;
        return this;
    }

    /** Starts listening again after {@link #stop()}, on the same port. */
    public synchronized ModbusSlaveSimulator start() throws IOException {
        if (server != null) {
            return this;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        port = s.getLocalPort();
        server = s;
        Thread.ofVirtual().name("modbus-slave-accept-" + port).start(() -> accept(s));
        return this;
    }

    /** Closes the listening socket and every connection: the slave is unreachable until {@link #start()}. */
    public synchronized ModbusSlaveSimulator stop() {
        if (server != null) {
            closeQuietly(server);
            server = null;
        }
        for (Socket c : sockets) {
            closeQuietly(c);
        }
        sockets.clear();
        return this;
    }

    /** @return whether it listens */
    public synchronized boolean running() {
        return server != null;
    }

    /** Stops it for good. */
    @Override
    public void close() {
        stop();
    }

    /** @return requests received since the start or {@link #resetCounters()} */
    public long requestCount() {
        return requestCount.get();
    }

    /** @return the last {@link #LOG_SIZE} requests, oldest first */
    public List<Request> requests() {
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    /** @return the most requests that were ever being handled at once (1 for a master that never interleaves) */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    /** @return connections accepted since the start or {@link #resetCounters()} */
    public long connectionsAccepted() {
        return accepted.get();
    }

    /** @return connections open now */
    public int openConnections() {
        return sockets.size();
    }

    /** Zeroes the counters and the request log. */
    public ModbusSlaveSimulator resetCounters() {
        requestCount.set(0);
        accepted.set(0);
        maxInFlight.set(0);
        synchronized (log) {
            log.clear();
        }
        return this;
    }

    // ---- server ----

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket c = s.accept();
                c.setTcpNoDelay(true);
                long n = accepted.incrementAndGet();
                sockets.add(c);
                if (s.isClosed()) {
                    closeQuietly(c);
                    return;
                }
                Thread.ofVirtual().name("modbus-slave-" + port + "-" + n).start(() -> serve(c, n));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket c, long connection) {
        try (c) {
            DataInputStream in = new DataInputStream(c.getInputStream());
            OutputStream out = c.getOutputStream();
            byte[] header = new byte[7];
            while (true) {
                in.readFully(header);
                int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
                if (length < 2 || length > 254) {
                    return; // not Modbus TCP: drop the connection, as devices do
                }
                byte[] pdu = new byte[length - 1];
                in.readFully(pdu);
                int now = inFlight.incrementAndGet();
                try {
                    if (pipelined(in)) {
                        now++;
                    }
                    maxInFlight.accumulateAndGet(now, Math::max);
                    byte[] answer = handle(header[6] & 0xFF, pdu, connection);
                    Duration d = delay;
                    if (!d.isZero()) {
                        Thread.sleep(d);
                    }
                    if (answer != null) {
                        byte[] frame = new byte[6 + 1 + answer.length];
                        System.arraycopy(header, 0, frame, 0, 4);
                        frame[4] = (byte) ((answer.length + 1) >> 8);
                        frame[5] = (byte) (answer.length + 1);
                        frame[6] = header[6];
                        System.arraycopy(answer, 0, frame, 7, answer.length);
                        out.write(frame);
                        out.flush();
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        } catch (EOFException | SocketException e) {
            // closed by the master or by stop()
        } catch (IOException e) {
            // broken connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sockets.remove(c);
        }
    }

    private static boolean pipelined(InputStream in) {
        try {
            return in.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the answer PDU, or null for no answer */
    private byte[] handle(int unitId, byte[] pdu, long connection) {
        requestCount.incrementAndGet();
        int function = pdu[0] & 0xFF;
        int address = pdu.length >= 3 ? u16(pdu, 1) : 0;
        int count = switch (function) {
            case 1, 2, 3, 4, 15, 16 -> pdu.length >= 5 ? u16(pdu, 3) : 0;
            default -> 1;
        };
        synchronized (log) {
            if (log.size() == LOG_SIZE) {
                log.removeFirst();
            }
            log.addLast(new Request(unitId, function, address, count, connection));
        }
        SimulatedUnit unit = units.get(unitId);
        if (unit == null) {
            return unknownUnits == UnknownUnits.SILENT ? null : exception(function, 0x0B);
        }
        if (garbage) {
            return new byte[] {(byte) function, 1, (byte) 0xFF};
        }
        if (function < 1 || (function > 6 && function != 15 && function != 16)) {
            return exception(function, 1);
        }
        if (pdu.length < 5) {
            return exception(function, 3);
        }
        Area area = Area.of(function);
        boolean read = function <= 4;
        int max = switch (function) {
            case 1, 2 -> 2000;
            case 3, 4 -> 125;
            case 15 -> 1968;
            case 16 -> 123;
            default -> 1;
        };
        if (count < 1 || count > max) {
            return exception(function, 3);
        }
        if (address + count > 65_536) {
            return exception(function, 2);
        }
        int code = unit.fault(area, address, count, read);
        if (code != 0) {
            return exception(function, code);
        }
        return switch (function) {
            case 1, 2 -> {
                int[] bits = unit.registers(area, address, count);
                byte[] a = new byte[2 + (count + 7) / 8];
                a[0] = (byte) function;
                a[1] = (byte) ((count + 7) / 8);
                for (int i = 0; i < count; i++) {
                    if (bits[i] != 0) {
                        a[2 + i / 8] |= (byte) (1 << (i % 8));
                    }
                }
                yield a;
            }
            case 3, 4 -> {
                int[] w = unit.registers(area, address, count);
                byte[] a = new byte[2 + 2 * count];
                a[0] = (byte) function;
                a[1] = (byte) (2 * count);
                for (int i = 0; i < count; i++) {
                    a[2 + 2 * i] = (byte) (w[i] >> 8);
                    a[3 + 2 * i] = (byte) w[i];
                }
                yield a;
            }
            case 5 -> {
                int value = u16(pdu, 3);
                if (value != 0xFF00 && value != 0) {
                    yield exception(function, 3);
                }
                unit.written(Area.COILS, address, value != 0 ? 1 : 0);
                yield pdu.clone();
            }
            case 6 -> {
                unit.written(Area.HOLDING_REGISTERS, address, u16(pdu, 3));
                yield pdu.clone();
            }
            default -> { // 15, 16
                int bytes = pdu.length > 5 ? pdu[5] & 0xFF : -1;
                int expected = function == 15 ? (count + 7) / 8 : 2 * count;
                if (bytes != expected || pdu.length < 6 + bytes) {
                    yield exception(function, 3);
                }
                int[] v = new int[count];
                for (int i = 0; i < count; i++) {
                    v[i] = function == 15 ? (pdu[6 + i / 8] >> (i % 8)) & 1 : u16(pdu, 6 + 2 * i);
                }
                unit.written(area, address, v);
                yield new byte[] {(byte) function, pdu[1], pdu[2], pdu[3], pdu[4]};
            }
        };
    }

    private static byte[] exception(int function, int code) {
        return new byte[] {(byte) (function | 0x80), (byte) code};
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
