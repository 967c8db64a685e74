package io.ampgate.signal.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.RegisterImage;
import io.ampgate.modbus.Values;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * From the device's raw words to the signal, without a transport: the settings as an installer
 * writes them, the words as the device answers them (a strict image: a read of anything else fails),
 * decoded through the same request plan the transport uses.
 */
class SignalInputTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    /** Words as {@code fc:address=w w ...}, groups separated by {@code ;}; hex words as 0x3F80. */
    private static RegisterImage image(String words) {
        RegisterImage image = RegisterImage.strict();
        for (String group : words.split(";")) {
            String[] fc = group.strip().split(":", 2);
            String[] at = fc[1].split("=", 2);
            int[] raw = Arrays.stream(at[1].strip().split(" +"))
                    .mapToInt(w -> w.startsWith("0x") ? Integer.parseInt(w.substring(2), 16) : Integer.parseInt(w)).toArray();
            image.set(FunctionCode.of(Integer.parseInt(fc[0].strip())), Integer.parseInt(at[0].strip()), raw);
        }
        return image;
    }

    @ParameterizedTest(name = "[{index}] {0} | {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # settings                                                          | words              | level       | cap  | sessions | reason
            function=2                                                          | 2:0=0              | FAVORABLE   | -    | -        | -
            function=2                                                          | 2:0=1              | CONSTRAINED | -    | -        | -
            function=2;polarity=active-low                                      | 2:0=0              | CONSTRAINED | -    | -        | -
            function=2;polarity=active-low                                      | 2:0=1              | FAVORABLE   | -    | -        | -
            function=1;register=0x10                                            | 1:16=1             | CONSTRAINED | -    | -        | -
            function=1;register=0x10;polarity=low                               | 1:16=1             | FAVORABLE   | -    | -        | -
            function=3;register=100                                             | 3:100=0            | FAVORABLE   | -    | -        | -
            function=3;register=100                                             | 3:100=1            | CONSTRAINED | -    | -        | -
            function=3;register=100                                             | 3:100=2            | LOST        | -    | -        | holding register 100 reads 2: the device reports the signal lost
            function=3;register=100                                             | 3:100=7            | LOST        | -    | -        | holding register 100 reads 7, which the levels 0=favorable,1=constrained,2=lost do not name
            function=4;type=s16;levels=-1=lost,0=favorable,1=constrained        | 4:0=0xFFFF         | LOST        | -    | -        | input register 0 reads -1: the device reports
            function=4;levels=-1=lost,0=favorable,1=constrained                 | 4:0=0xFFFF         | LOST        | -    | -        | input register 0 reads 65535, which the levels
            function=4;type=u32;wordOrder=CDAB;levels=0=favorable,65536=constrained | 4:0=0 1        | CONSTRAINED | -    | -        | -
            function=4;type=u32;levels=0=favorable,65536=constrained            | 4:0=0 1            | LOST        | -    | -        | input register 0 reads 1,
            function=4;type=float32;levels=0=favorable,1=constrained            | 4:0=0x3F80 0       | CONSTRAINED | -    | -        | -
            function=4;type=float32;levels=0=favorable,1=constrained            | 4:0=0x3FC0 0       | LOST        | -    | -        | input register 0 reads 1.5,
            function=4;type=float32;levels=0=favorable,1=constrained            | 4:0=0x7FC0 0       | LOST        | -    | -        | input register 0 reads NaN,
            function=3;register=100;limitRegister=101;limitScale=0.1            | 3:100=1 160        | CONSTRAINED | 16.0 | -        | -
            function=3;register=100;limitRegister=101;limitScale=0.1            | 3:100=0 160        | FAVORABLE   | -    | -        | -
            function=3;register=100;limitRegister=101;limitScale=0.1            | 3:100=2 160        | LOST        | -    | -        | the device reports the signal lost
            function=3;register=100;limitRegister=101;limitMeaning=sessions     | 3:100=1 2          | CONSTRAINED | -    | 2        | -
            function=3;register=100;limitRegister=101;limitMeaning=sessions     | 3:100=1 0          | CONSTRAINED | -    | 0        | -
            function=3;register=100;limitRegister=101;limitMeaning=sessions;limitScale=0.5 | 3:100=1 3 | LOST     | -    | -        | holding register 101 reads 1.5, which is not a whole number of sessions
            function=3;register=100;limitRegister=101;limitType=s16             | 3:100=1 0xFFFF     | LOST        | -    | -        | holding register 101 reads -1, which is not a current (A, 0 or more)
            function=3;register=100;limitRegister=0x200;limitFunction=4;limitType=float32 | 3:100=1;4:512=0x4180 0 | CONSTRAINED | 16.0 | - | -
            function=2;register=3;limitRegister=7;limitType=u32;wordOrder=CDAB  | 2:3=1;3:7=32 0     | CONSTRAINED | 32.0 | -        | -
            """)
    void decodesOnePoll(String settings, String words, GridSignalLevel level, Double cap, Integer sessions,
            String reason) {
        SignalInput input = SignalSettings.of(Configs.parse("grid", "1@127.0.0.1:502", settings)).input();
        Values values = image(words).poll(input.table(), 125, 0, AT);

        SignalReading r = input.read(values);

        assertThat(r.level()).isEqualTo(level);
        if (cap == null) {
            assertThat(r.cap().max()).isNaN();
        } else {
            assertThat(r.cap().l1()).isEqualTo(cap);
            assertThat(r.cap().l3()).isEqualTo(cap);
        }
        assertThat(r.maxSessions().isPresent() ? r.maxSessions().getAsInt() : null).isEqualTo(sessions);
        if (reason == null) {
            assertThat(r.reason()).isNull();
        } else {
            assertThat(r.reason()).contains(reason);
        }
        assertThat(r.at(AT).timestamp()).isEqualTo(AT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            function=2                                          | 1@127.0.0.1:502 discrete input 0 (active-high)
            function=1;register=5;polarity=active-low           | 1@127.0.0.1:502 coil 5 (active-low)
            function=3;register=0x64;type=s16                   | 1@127.0.0.1:502 holding register 100 (s16, 0=favorable,1=constrained,2=lost)
            function=4;limitRegister=1;limitMeaning=sessions    | 1@127.0.0.1:502 input register 0 (u16, 0=favorable,1=constrained,2=lost), max sessions at holding register 1
            """)
    void describesWhatItReads(String settings, String described) {
        SignalSettings s = SignalSettings.of(Configs.parse("grid", "1@127.0.0.1:502", settings));
        assertThat(s.device().address() + " " + s.input().describe()).isEqualTo(described);
    }
}
