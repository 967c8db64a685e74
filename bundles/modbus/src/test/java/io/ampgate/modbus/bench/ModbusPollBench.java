package io.ampgate.modbus.bench;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.modbus.DeviceSettings;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusDevice;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.internal.BenchAccess;
import io.ampgate.modbus.internal.Transport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * "100 meters on 10 simulated gateways polled every second": the slaves run in a second JVM
 * ({@link SimulatedSlaves}); this JVM runs only the transport and measures it. Arguments:
 * {@code [seconds=120] [gateways=10] [unitsPerGateway=10]}; 10 s of warm-up come before.
 *
 * <p>Reports the CPU time of the transport's threads (ThreadMXBean, the threads named
 * {@code modbus ...}) and of this whole process, as a share of one core, and the poll latency
 * (from when a poll was due to when its last answer was decoded): worst, 99th percentile, median.
 */
public final class ModbusPollBench {
    private ModbusPollBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int gateways = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int units = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (seconds < 1 || seconds > 3600 || gateways < 1 || gateways > 100 || units < 1 || units > 247) {
            throw new IllegalArgumentException("seconds 1..3600, gateways 1..100, units 1..247");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process slaves = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SimulatedSlaves.class.getName(), Integer.toString(gateways), Integer.toString(units))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(slaves.getInputStream()));
            String line = out.readLine();
            if (line == null || !line.startsWith("PORTS ")) {
                throw new IllegalStateException("the slaves did not start: " + line);
            }
            int[] ports = Arrays.stream(line.substring(6).split(",")).mapToInt(Integer::parseInt).toArray();
            run(seconds, ports, units, slaves, out);
        } finally {
            slaves.destroy();
        }
    }

    private static void run(int seconds, int[] ports, int units, Process slaves, BufferedReader slaveOut)
            throws Exception {
        RegisterTable table = Sdm630Map.table();
        LongAdder errors = new LongAdder();
        Transport transport = new Transport(Clock.systemUTC(), (device, health) -> {
            if (health.state() == DeviceHealth.State.COMM_ERROR) {
                errors.increment();
            }
        });
        AtomicLong recording = new AtomicLong();
        long[] latencies = new long[ports.length * units * (seconds + 5)];
        AtomicLong count = new AtomicLong();
        List<ModbusDevice> devices = new ArrayList<>();
        for (int port : ports) {
            for (int u = 1; u <= units; u++) {
                ModbusDevice d = transport.open(DeviceSettings.of("m" + port + "-" + u,
                        ModbusAddress.parse(u + "@127.0.0.1:" + port), table));
                BenchAccess.observeLatency(d, nanos -> {
                    if (recording.get() != 0) {
                        long i = count.getAndIncrement();
                        if (i < latencies.length) {
                            latencies[(int) i] = nanos;
                        }
                    }
                });
                devices.add(d);
            }
        }
        System.out.printf(Locale.ROOT, "%d devices on %d gateways, SDM630-like map (%d values, %d requests a poll), 1 s polls%n",
                devices.size(), ports.length, table.registers().size(), table.blocks(125, 0).size());
        Thread.sleep(Duration.ofSeconds(10)); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = transportCpu(threads);
        long process0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        recording.set(1);
        Thread.sleep(Duration.ofSeconds(seconds));
        recording.set(0);
        long wall = System.nanoTime() - wall0;
        long cpu = transportCpu(threads) - cpu0;
        long process = os.getProcessCpuTime() - process0;
        long online = devices.stream().filter(d -> d.health().isOnline()).count();
        transport.close();
        int n = (int) Math.min(count.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "measured %d s: %d polls (%.1f/s), %d COMM_ERROR, %d of %d online at the end%n",
                seconds, n, n / (wall / 1e9), errors.sum(), online, devices.size());
        System.out.printf(Locale.ROOT, "CPU, transport threads: %.2f %% of one core%n", 100.0 * cpu / wall);
        System.out.printf(Locale.ROOT, "CPU, whole transport JVM: %.2f %% of one core%n", 100.0 * process / wall);
        if (n > 0) {
            System.out.printf(Locale.ROOT, "poll latency (due to decoded): median %.2f ms, p99 %.2f ms, worst %.2f ms%n",
                    sorted[n / 2] / 1e6, sorted[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6,
                    sorted[n - 1] / 1e6);
        }
        try (OutputStream in = slaves.getOutputStream()) {
            in.flush(); // closing it ends the slaves
        }
        String summary = slaveOut.readLine();
        System.out.println("slaves: " + summary);
    }

    private static long transportCpu(ThreadMXBean threads) {
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("modbus ")) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                if (t > 0) {
                    sum += t;
                }
            }
        }
        return sum;
    }
}
