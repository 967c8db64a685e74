package io.ampgate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.shell.protocol.Frames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameOutputStreamTest {

    final List<byte[]> frames = new ArrayList<>();
    final FrameOutputStream out = new FrameOutputStream(
            (type, payload, off, len) -> frames.add(Arrays.copyOfRange(payload, off, off + len)), Frames.STDOUT);

    @Test
    void buffersUntilFlush() throws IOException {
        out.write("hi".getBytes(StandardCharsets.UTF_8));
        assertThat(frames).isEmpty();
        out.flush();
        assertThat(frames).containsExactly("hi".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(frames).hasSize(1); // nothing more to send
    }

    @Test
    void longTextIsCutBetweenCharacters() throws IOException {
        String text = "x" + "é".repeat(FrameOutputStream.CHUNK); // odd offset: a cut at CHUNK would split 'é'
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(frames).hasSizeGreaterThan(1).allSatisfy(frame -> {
            assertThat(frame.length).isLessThanOrEqualTo(FrameOutputStream.CHUNK);
            assertThat(new String(frame, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
        });
        assertThat(String.join("", frames.stream().map(f -> new String(f, StandardCharsets.UTF_8)).toList()))
                .isEqualTo(text);
    }
}
