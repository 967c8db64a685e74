package io.ampgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @Test
    void aFreePreferredPortIsTaken() throws IOException {
        int port = aFreePort();
        assertThat(LoopbackPorts.preferredOrFree(port, Set.of())).isEqualTo(port);
    }

    @Test
    void aPreferredPortInUseOrToAvoidGivesAnotherFreeOne() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int other = LoopbackPorts.preferredOrFree(busy.getLocalPort(), Set.of());
            assertThat(other).isNotEqualTo(busy.getLocalPort());
            assertThat(LoopbackPorts.isFree(other)).isTrue();
        }
        int port = aFreePort();
        assertThat(LoopbackPorts.preferredOrFree(port, Set.of(port))).isNotEqualTo(port);
    }

    @Test
    void freePortsAreDistinctFreeAndNoneOfThoseToAvoid() throws IOException {
        int avoid = aFreePort();
        List<Integer> ports = LoopbackPorts.free(5, Set.of(avoid));
        assertThat(ports).hasSize(5).doesNotHaveDuplicates().doesNotContain(avoid);
        assertThat(ports).allMatch(LoopbackPorts::isFree);
    }

    @Test
    void portsOutsideTheRangeAreNeverFree() {
        assertThat(LoopbackPorts.isFree(0)).isFalse();
        assertThat(LoopbackPorts.isFree(70000)).isFalse();
        assertThat(LoopbackPorts.isFree(-1)).isFalse();
    }

    private static int aFreePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
