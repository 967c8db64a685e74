package io.ampgate.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "java.lang.reflect.InvocationTargetException\\n\\tat x.y(Z.java:1)\\nCaused by: java.lang.IllegalArgumentException: No enum constant MeterRole.Pv\\n\\tat a.b(C.java:2)"
                + " | java.lang.IllegalArgumentException: No enum constant MeterRole.Pv",
        "java.lang.IllegalStateException: port in use | java.lang.IllegalStateException: port in use",
        "A\\nCaused by: B\\nCaused by: C: innermost | C: innermost",
        "' ' | (no reason given)"})
    void showsTheInnermostCauseOfAFailedActivation(String failure, String expected) {
        assertThat(HealthCommand.rootCause(failure.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(expected);
    }
}
