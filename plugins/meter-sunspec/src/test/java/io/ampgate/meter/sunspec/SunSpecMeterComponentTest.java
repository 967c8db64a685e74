package io.ampgate.meter.sunspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The component over a fake transport: discovery through testRead, then polling through open. */
class SunSpecMeterComponentTest {

    static SunSpecMeterComponent.Config config(String address, int base) {
        return new SunSpecMeterComponent.Config() {
            @Override public Class<? extends Annotation> annotationType() { return SunSpecMeterComponent.Config.class; }
            @Override public String name() { return "Roof"; }
            @Override public String ampgate_meter_id() { return "pv-roof"; }
            @Override public MeterRole ampgate_meter_role() { return MeterRole.PV; }
            @Override public String address() { return address; }
            @Override public int sunspecBase() { return base; }
            @Override public int pollIntervalMs() { return 2000; }
            @Override public int timeoutMs() { return 500; }
            @Override public boolean ctReversed() { return false; }
            @Override public String phaseMapping() { return "L1L2L3"; }
        };
    }

    private static FakeSunSpec inverter() {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "Sun 5", "S-42");
        int m = f.model(103, 50);
        f.point(m, 2, 0, 500, 500, 500, -2).point(m, 10, 2300, 2300, 2300, -1).point(m, 14, 3450, 0)
                .point(m, 24, 0, 7000, 3);
        return f.end();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void discoversThroughTestReadsThenPollsTheModel() throws Exception {
        FakeGateways gateways = new FakeGateways(inverter());
        SunSpecMeterComponent meter = new SunSpecMeterComponent(gateways, config("1@127.0.0.1:1502", -1));
        try {
            await(() -> meter.lastReading().isPresent());

            assertThat(gateways.testReads).startsWith("40000+2", "40002+2", "40070+2", "40122+2", "40004+66");
            assertThat(meter.device().orElseThrow().serial()).isEqualTo("S-42");
            assertThat(gateways.opened).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo("pv-roof");
                assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(2));
                assertThat(s.table().blocks(s.maxRegisters(), s.maxGap())).hasSize(1);
            });
            MeterReading r = meter.lastReading().orElseThrow();
            assertThat(r.totalActivePower()).isEqualTo(-3450);
            assertThat(r.current().l1()).isCloseTo(-5.0, within(1e-9));
            assertThat(r.exportEnergyWh()).isEqualTo(7_000_000);
            assertThat(meter.health().state()).isEqualTo(DeviceHealth.State.ONLINE);
            assertThat(meter.info().id()).isEqualTo("pv-roof");
            assertThat(meter.info().role()).isEqualTo(MeterRole.PV);
        } finally {
            meter.close();
        }
        assertThat(gateways.closed).isTrue();
    }

    @Test
    void failedDiscoveryShowsAsCommunicationErrorWithTheReason() throws Exception {
        FakeGateways gateways = new FakeGateways(new FakeSunSpec().put(40_000, 1, 2));
        SunSpecMeterComponent meter = new SunSpecMeterComponent(gateways, config("1@127.0.0.1:1502", 40_000));
        try {
            await(() -> meter.health().state() == DeviceHealth.State.COMM_ERROR);

            assertThat(meter.health().lastError()).contains("no SunSpec marker", "40000: 0x0001 0x0002");
            assertThat(meter.lastReading()).isEmpty();
            assertThat(gateways.opened).isEmpty();
        } finally {
            meter.close();
        }
    }

    @Test
    void anInverterThatAnswersAMomentAfterTheStartIsFoundAtTheFirstRetry() throws Exception {
        FakeGateways gateways = new FakeGateways(inverter().put(40_000, 1, 2)); // not ready: no marker yet
        SunSpecMeterComponent meter = new SunSpecMeterComponent(gateways, config("1@127.0.0.1:1502", 40_000));
        try {
            await(() -> meter.health().state() == DeviceHealth.State.COMM_ERROR);
            long failed = System.nanoTime();
            gateways.space.put(40_000, 0x5375, 0x6E53);

            await(() -> meter.lastReading().isPresent());

            assertThat(Duration.ofNanos(System.nanoTime() - failed)).as("the first retry, not the %d s one",
                    SunSpecMeterComponent.RETRY_SECONDS).isLessThan(Duration.ofSeconds(
                            SunSpecMeterComponent.FIRST_RETRY_SECONDS + 3));
            assertThat(meter.device().orElseThrow().serial()).isEqualTo("S-42");
        } finally {
            meter.close();
        }
    }

    @Test
    void missingAddressIsNamed() {
        assertThatThrownBy(() -> new SunSpecMeterComponent(new FakeGateways(inverter()), config(" ", -1)))
                .hasMessage("io.ampgate.meter.sunspec pv-roof: address is missing; write unit@host:port, "
                        + "e.g. 1@192.168.1.50:502");
    }
}
