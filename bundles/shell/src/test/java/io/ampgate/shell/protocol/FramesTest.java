package io.ampgate.shell.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FramesTest {

    @Test
    void roundTrip() throws IOException {
        var bytes = new ByteArrayOutputStream();
        Frames.write(bytes, Frames.EXEC, "lb:status ämp ⚡");
        Frames.write(bytes, Frames.QUIT, "");
        var in = new ByteArrayInputStream(bytes.toByteArray());
        assertThat(Frames.read(in)).isEqualTo(new Frames.Frame(Frames.EXEC, "lb:status ämp ⚡"));
        assertThat(Frames.read(in)).isEqualTo(new Frames.Frame(Frames.QUIT, ""));
        assertThat(Frames.read(in)).isNull();
    }

    @Test
    void headerIsTypeThenBigEndianLength() throws IOException {
        var bytes = new ByteArrayOutputStream();
        Frames.write(bytes, Frames.STATUS, "1");
        assertThat(bytes.toByteArray()).containsExactly('S', 0, 0, 0, 1, '1');
    }

    @Test
    void oversizeIsRefusedBothWays() {
        byte[] big = new byte[Frames.MAX_PAYLOAD + 1];
        assertThatThrownBy(() -> Frames.write(new ByteArrayOutputStream(), Frames.STDOUT, big, 0, big.length))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("exceeds the limit");
        byte[] header = ByteBuffer.allocate(5).put(Frames.LINE).putInt(Frames.MAX_PAYLOAD + 1).array();
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(header)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("frame 'L' of 1048577 bytes");
        byte[] negative = ByteBuffer.allocate(5).put(Frames.LINE).putInt(-1).array();
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(negative)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("4294967295 bytes");
    }

    @Test
    void maximumSizeIsAccepted() throws IOException {
        var bytes = new ByteArrayOutputStream();
        Frames.write(bytes, Frames.STDOUT, "x".repeat(Frames.MAX_PAYLOAD));
        assertThat(Frames.read(new ByteArrayInputStream(bytes.toByteArray())).payload()).hasSize(Frames.MAX_PAYLOAD);
    }

    @Test
    void truncatedInputIsAClearEofException() throws IOException {
        var bytes = new ByteArrayOutputStream();
        Frames.write(bytes, Frames.STDOUT, "hello");
        byte[] whole = bytes.toByteArray();
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(Arrays.copyOf(whole, 3))))
                .isInstanceOf(EOFException.class).hasMessage("truncated frame 'O': the stream ended after 2 of 4 length bytes");
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(Arrays.copyOf(whole, 7))))
                .isInstanceOf(EOFException.class).hasMessage("truncated frame 'O': the stream ended after 2 of 5 payload bytes");
    }
}
