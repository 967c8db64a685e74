package io.ampgate.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.ocpp.rpc.ParseResult.Parsed;
import io.ampgate.ocpp.rpc.ParseResult.Refusal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thousands of random mutations of valid frames: the codec answers every one and never throws. */
class FrameCodecFuzzTest {

    private static final List<String> SEEDS = List.of(
            "[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"VendorX\",\"chargePointModel\":\"M\"}]",
            "[2,\"a\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2024-01-01T00:00:00Z\","
                    + "\"sampledValue\":[{\"value\":\"12.5\",\"unit\":\"kWh\"}]}]}]",
            "[3,\"19223201\",{\"status\":\"Accepted\",\"currentTime\":\"2024-01-01T00:00:00Z\",\"interval\":300}]",
            "[4,\"162376037\",\"NotSupported\",\"not supported\",{\"detail\":[1,2.5,true,null]}]");
    private static final String ALPHABET = "[]{}\",:0123456789.-+eE \\u\u0000\u00e9\ud83d\ude00truefalsnl234";

    @Test
    void neverThrowsAndAlwaysAnswers() {
        FrameCodec codec = new FrameCodec(512);
        Random random = new Random(20261122L);
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < 5000; i++) {
            String text = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            ParseResult result = codec.parse(text);
            assertThat(result).as(text).isNotNull();
            switch (result) {
                case Parsed p -> {
                    parsed++;
                    // what parses serializes and parses back to the same frame
                    assertThat(codec.parse(codec.serialize(p.frame()))).isEqualTo(p);
                }
                case Refusal r -> {
                    refused++;
                    assertThat(r.reply().code()).isNotEqualTo(ErrorCode.InternalError);
                    assertThat(codec.parse(codec.serialize(r.reply()))).isInstanceOf(Parsed.class);
                }
            }
        }
        assertThat(parsed).isPositive();
        assertThat(refused).isPositive();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> text.setLength(at);
                default -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(20));
                    text.insert(at, text.substring(at, end).repeat(1 + random.nextInt(30)));
                }
            }
        }
        return text.toString();
    }
}
