package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated site's Modbus slaves on 127.0.0.1, read back by j2mod as the gateway's transport
 * reads them: the SDM630 map of the site meter, the SunSpec chain of the PV inverter, the grid
 * signal register. A Monday noon (UTC), daylight 06:00-18:00 and a clear sky: the 10 kWp array
 * gives 10 kW, 14.49 A a phase, more than the 10 A of base load: the site exports.
 */
class SiteModbusTest {

    private static final Instant NOON = Instant.parse("2025-06-02T12:00:00Z");
    private final VirtualTime time = new VirtualTime(NOON);
    private SimulatedSite site;
    private ModbusTCPMaster meter;
    private ModbusTCPMaster pv;
    private ModbusTCPMaster signal;

    @BeforeEach
    void start() throws Exception {
        SiteSettings settings = SiteSettings.builder()
                .zone(ZoneOffset.UTC)
                .stations(List.of())
                .baseLoad(new BaseLoad(5, 10, 0, 0, 1))
                .pv(new PvCurve(10_000, Daylight.Hours.parse("06:00-18:00"), new Clouds(0, 1)))
                .signalSchedule(GridSignalSchedule.parse("12:30=constrained, 13:00=favorable"))
                .modbus(new SiteSettings.Endpoint(0, 1), new SiteSettings.Endpoint(0, 3),
                        new SiteSettings.Endpoint(0, 7), 100)
                .build();
        site = SimulatedSite.start(settings, time);
        meter = master(site.siteMeterPort().getAsInt());
        pv = master(site.pvInverterPort().getAsInt());
        signal = master(site.gridSignalPort().getAsInt());
    }

    private static ModbusTCPMaster master(int port) throws Exception {
        ModbusTCPMaster master = new ModbusTCPMaster("127.0.0.1", port, 2000, false);
        master.connect();
        return master;
    }

    @AfterEach
    void stop() {
        for (ModbusTCPMaster m : new ModbusTCPMaster[] {meter, pv, signal}) {
            if (m != null) {
                m.disconnect();
            }
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void siteMeterShowsBaseLoadMinusPvAsAnSdm630() throws Exception {
        double net = 10 - 10_000 / 3.0 / 230;
        assertThat(site.reading().net().l1()).isCloseTo(net, within(1e-6));

        float[] values = floats(meter.readInputRegisters(1, 0, 18));
        float[] total = floats(meter.readInputRegisters(1, 52, 2));

        for (int p = 0; p < 3; p++) {
            double volts = values[p];
            assertThat(volts).isCloseTo(231 - 0.04 * net, within(0.6));
            assertThat((double) values[3 + p]).as("current L%d, a magnitude", p + 1).isCloseTo(-net, within(1e-4));
            assertThat((double) values[6 + p]).as("power L%d, export negative", p + 1)
                    .isCloseTo(volts * net, within(0.01));
        }
        assertThat((double) total[0]).isCloseTo(values[6] + values[7] + values[8], within(0.01)).isNegative();
    }

    @Test
    void siteMeterCountsExportInKwh() throws Exception {
        float[] before = floats(meter.readInputRegisters(1, 72, 4));

        time.advance(Duration.ofMinutes(6));

        float[] after = floats(meter.readInputRegisters(1, 72, 4));
        double exportW = 3 * 231 * (10_000 / 3.0 / 230 - 10);
        assertThat(after[0]).as("import kWh").isEqualTo(before[0]);
        assertThat((double) after[1] - before[1]).as("export kWh in 6 min")
                .isCloseTo(exportW / 10 / 1000, within(0.01));
    }

    @Test
    void pvInverterIsASunSpecChainWithModel103() throws Exception {
        int[] header = ints(pv.readMultipleRegisters(3, 40000, 4));
        assertThat(header).containsExactly(0x5375, 0x6E53, 1, 66);
        assertThat(text(ints(pv.readMultipleRegisters(3, 40004, 16)))).isEqualTo("Ampgate");
        assertThat(ints(pv.readMultipleRegisters(3, 40068, 1))).containsExactly(3);
        assertThat(ints(pv.readMultipleRegisters(3, 40070, 2))).containsExactly(103, 50);
        assertThat(ints(pv.readMultipleRegisters(3, 40122, 2))).containsExactly(0xFFFF, 0);

        int[] model = ints(pv.readMultipleRegisters(3, 40070, 52));
        double phaseA = model[3] * Math.pow(10, (short) model[6]);
        double watts = (short) model[14] * Math.pow(10, (short) model[15]);
        double lifetimeWh = ((long) model[24] << 16 | model[25]) * Math.pow(10, (short) model[26]);
        assertThat(watts).isCloseTo(10_000, within(1.0));
        assertThat(phaseA).isCloseTo(10_000 / 3.0 / 230, within(0.01));
        assertThat(model[4]).isEqualTo(model[3]);
        assertThat(model[5]).isEqualTo(model[3]);
        assertThat(model[10] * Math.pow(10, (short) model[13])).isCloseTo(231 + 0.04 * 4.49, within(0.6));
        assertThat(model[38]).as("state MPPT").isEqualTo(4);

        time.advance(Duration.ofMinutes(6));

        int[] later = ints(pv.readMultipleRegisters(3, 40094, 2));
        double laterWh = ((long) later[0] << 16 | later[1]) * Math.pow(10, (short) model[26]);
        assertThat(laterWh - lifetimeWh).as("Wh produced in 6 min").isCloseTo(1_000, within(15.0));
    }

    @Test
    void gridSignalRegisterFollowsTheScheduleAndAnOverride() throws Exception {
        assertThat(ints(signal.readMultipleRegisters(7, 100, 1))).containsExactly(0);

        time.advance(Duration.ofMinutes(30));
        assertThat(ints(signal.readMultipleRegisters(7, 100, 1))).containsExactly(1);

        site.overrideSignal(GridLevel.LOST);
        time.advance(SimulatedSite.STEP);
        assertThat(ints(signal.readMultipleRegisters(7, 100, 1))).containsExactly(2);
        assertThat(site.reading().signal()).isEqualTo(GridLevel.LOST);
    }

    private static int[] ints(InputRegister[] registers) {
        int[] out = new int[registers.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = registers[i].toUnsignedShort();
        }
        return out;
    }

    private static float[] floats(InputRegister[] registers) {
        int[] words = ints(registers);
        float[] out = new float[words.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.intBitsToFloat(words[2 * i] << 16 | words[2 * i + 1]);
        }
        return out;
    }

    private static String text(int[] words) {
        byte[] bytes = new byte[words.length * 2];
        for (int i = 0; i < words.length; i++) {
            bytes[2 * i] = (byte) (words[i] >> 8);
            bytes[2 * i + 1] = (byte) words[i];
        }
        return new String(bytes, StandardCharsets.US_ASCII).replace("\0", "");
    }
}
