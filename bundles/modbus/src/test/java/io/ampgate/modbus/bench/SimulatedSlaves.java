package io.ampgate.modbus.bench;

import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The slave side of the benchmark, in its own JVM: {@code gateways} simulated slaves on 127.0.0.1
 * with {@code units} SDM630-like unit ids each. Prints {@code PORTS p1,p2,...} and runs until its
 * standard input closes (the benchmark ends it), at most an hour.
 */
public final class SimulatedSlaves {
    private SimulatedSlaves() {}

    public static void main(String[] args) throws Exception {
        int gateways = Integer.parseInt(args[0]);
        int units = Integer.parseInt(args[1]);
        List<ModbusSlaveSimulator> slaves = new ArrayList<>();
        for (int g = 0; g < gateways; g++) {
            ModbusSlaveSimulator s = ModbusSlaveSimulator.listen();
            for (int u = 1; u <= units; u++) {
                Sdm630Map.fill(s.unit(u), g * units + u);
            }
            slaves.add(s);
        }
        System.out.println("PORTS " + slaves.stream().map(s -> Integer.toString(s.port())).collect(Collectors.joining(",")));
        System.out.flush();
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(3_600_000);
            } catch (InterruptedException e) {
                return;
            }
            System.exit(2);
        });
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
            while (in.readLine() != null) {
                // until the benchmark closes our input
            }
        }
        watchdog.interrupt();
        long requests = slaves.stream().mapToLong(ModbusSlaveSimulator::requestCount).sum();
        int overlap = slaves.stream().mapToInt(ModbusSlaveSimulator::maxConcurrentRequests).max().orElse(0);
        System.out.println("REQUESTS " + requests + " MAXCONCURRENT " + overlap);
        slaves.forEach(ModbusSlaveSimulator::close);
    }
}
