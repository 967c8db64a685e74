package io.ampgate.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ampgate.ocpp.rpc.Frame.Call;
import io.ampgate.ocpp.rpc.Frame.CallError;
import io.ampgate.ocpp.rpc.Frame.CallResult;
import io.ampgate.ocpp.rpc.ParseResult.Parsed;
import io.ampgate.ocpp.rpc.ParseResult.Refusal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameCodecTest {

    private final FrameCodec codec = new FrameCodec();

    @Test
    void parsesEachMessageType() {
        Frame call = parsed("[2, \"19223201\", \"BootNotification\","
                + " {\"chargePointVendor\": \"VendorX\", \"chargePointModel\": \"SingleSocketCharger\"}]");
        assertThat(call).isInstanceOfSatisfying(Call.class, c -> {
            assertThat(c.messageId()).isEqualTo("19223201");
            assertThat(c.action()).isEqualTo("BootNotification");
            assertThat(c.payload().get("chargePointVendor").asText()).isEqualTo("VendorX");
        });
        Frame result = parsed("[3,\"19223201\",{\"status\":\"Accepted\"}]");
        assertThat(result).isInstanceOfSatisfying(CallResult.class,
                r -> assertThat(r.payload().get("status").asText()).isEqualTo("Accepted"));
        Frame error = parsed("[4,\"162376037\",\"NotSupported\",\"SetDisplayMessage not supported\",{}]");
        assertThat(error).isInstanceOfSatisfying(CallError.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NotSupported);
            assertThat(e.description()).isEqualTo("SetDisplayMessage not supported");
            assertThat(e.details().isEmpty()).isTrue();
        });
    }

    @Test
    void unknownInboundErrorCodeIsKeptAsGenericError() {
        Frame error = parsed("[4,\"1\",\"RpcFrameworkError\",\"bad\",{\"x\":1}]");
        assertThat(error).isInstanceOfSatisfying(CallError.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.GenericError);
            assertThat(e.description()).isEqualTo("RpcFrameworkError: bad");
            assertThat(e.details().get("x").asInt()).isEqualTo(1);
        });
    }

    @Test
    void serializesAndParsesBack() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("idTag", "ABC").put("n", 1.5);
        for (Frame frame : new Frame[] {
            new Call("a-1", "Authorize", payload),
            new CallResult("a-1", payload),
            new CallError("a-1", ErrorCode.OccurenceConstraintViolation, "missing \"idTag\"", payload),
            new CallError("a-1", ErrorCode.InternalError, null)}) {
            String text = codec.serialize(frame);
            assertThat(parsed(text)).isEqualTo(frame);
        }
        assertThat(codec.serialize(new CallError("7", ErrorCode.OccurenceConstraintViolation, "x")))
                .isEqualTo("[4,\"7\",\"OccurenceConstraintViolation\",\"x\",{}]");
        assertThat(codec.serialize(new Call("7", "Heartbeat", JsonNodeFactory.instance.objectNode())))
                .isEqualTo("[2,\"7\",\"Heartbeat\",{}]");
    }

    @Test
    void framesCannotBeBuiltInvalid() {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        assertThatThrownBy(() -> new Call("x".repeat(37), "Heartbeat", empty))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Call("", "Heartbeat", empty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Call("1", "", empty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallResult("1", JsonNodeFactory.instance.arrayNode()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallError("1", null, "x")).isInstanceOf(NullPointerException.class);
        assertThat(new Call("x".repeat(36), "Heartbeat", empty).messageId()).hasSize(36);
    }

    static Stream<Arguments> malformed() {
        String id37 = "x".repeat(37);
        return Stream.of(
                // text, expected code, expected message id
                Arguments.of("", ErrorCode.FormationViolation, "-1"),
                Arguments.of("   ", ErrorCode.FormationViolation, "-1"),
                Arguments.of("not json", ErrorCode.FormationViolation, "-1"),
                Arguments.of("{\"a\":1}", ErrorCode.FormationViolation, "-1"),
                Arguments.of("\"text\"", ErrorCode.FormationViolation, "-1"),
                Arguments.of("42", ErrorCode.FormationViolation, "-1"),
                Arguments.of("null", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{}", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{}] trailing", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{}][]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[\"2\",\"5\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[1,\"5\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[5,\"5\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2.5,\"5\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[99999999999999999999,\"5\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,5,\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,null,\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,\"\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,\"" + id37 + "\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,\"5\"]", ErrorCode.ProtocolError, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\"]", ErrorCode.ProtocolError, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{},{}]", ErrorCode.ProtocolError, "5"),
                Arguments.of("[3,\"5\"]", ErrorCode.ProtocolError, "5"),
                Arguments.of("[3,\"5\",{},{}]", ErrorCode.ProtocolError, "5"),
                Arguments.of("[4,\"5\",\"GenericError\",\"\"]", ErrorCode.ProtocolError, "5"),
                Arguments.of("[2,\"5\",7,{}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"\",{}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",null,{}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",[]]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",\"{}\"]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",null]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[3,\"5\",[]]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[4,\"5\",3,\"d\",{}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[4,\"5\",\"GenericError\",null,{}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[4,\"5\",\"GenericError\",\"d\",[]]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Authorize\",{\"idTag\":\"A\",\"idTag\":\"B\"}]",
                        ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":"
                        + "[".repeat(100) + "]".repeat(100) + "}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"MeterValues\",{\"v\":1e400}]",
                        ErrorCode.PropertyConstraintViolation, "5"),
                Arguments.of("[2,\"5\",\"MeterValues\",{\"v\":-1e400}]",
                        ErrorCode.PropertyConstraintViolation, "5"),
                Arguments.of("[2,\"5\",\"MeterValues\",{\"v\":1" + "0".repeat(100) + "}]",
                        ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{}]\u0000", ErrorCode.FormationViolation, "5"),
                Arguments.of("\u0000[2,\"5\",\"Heartbeat\",{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,\"5\",\"Heart\u0000beat\",{}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,'5','Heartbeat',{}]", ErrorCode.FormationViolation, "-1"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{a:1}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{},]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{\"x\":NaN}]", ErrorCode.FormationViolation, "5"),
                Arguments.of("[2,\"5\",\"Heartbeat\",{\"x\":\"\\ud800\"}]", null, "5"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void refusesMalformedFrames(String text, ErrorCode code, String messageId) {
        ParseResult result = codec.parse(text);
        if (code == null) {
            // a lone surrogate in a JSON escape is still JSON: accepted, nothing thrown
            assertThat(result).isInstanceOf(Parsed.class);
            return;
        }
        assertThat(result).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.reply().code()).as(r.reply().description()).isEqualTo(code);
            assertThat(r.reply().messageId()).isEqualTo(messageId);
            assertThat(r.reply().description()).isNotBlank();
            // the reply itself is always a valid frame
            assertThat(codec.parse(codec.serialize(r.reply()))).isInstanceOf(Parsed.class);
        });
    }

    @Test
    void nullIsRefused() {
        assertThat(codec.parse(null)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.reply().messageId()).isEqualTo("-1"));
    }

    @Test
    void refusalSaysWhichMessageTypeWasClaimed() {
        assertThat(((Refusal) codec.parse("[3,\"5\",[]]")).messageType()).isEqualTo(3);
        assertThat(((Refusal) codec.parse("[4,\"5\",1,\"\",{}]")).messageType()).isEqualTo(4);
        assertThat(((Refusal) codec.parse("nonsense")).messageType()).isZero();
    }

    @Test
    void sizeLimitIsEnforcedBeforeParsing() {
        FrameCodec small = new FrameCodec(100);
        String head = "[2,\"big-1\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":\"";
        String fits = head + "x".repeat(100 - head.length() - 3) + "\"}]";
        assertThat(fits).hasSize(100);
        assertThat(small.parse(fits)).isInstanceOf(Parsed.class);
        String over = head + "x".repeat(100 - head.length() - 2) + "\"}]";
        assertThat(small.parse(over)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.reply().code()).isEqualTo(ErrorCode.GenericError);
            assertThat(r.reply().messageId()).isEqualTo("big-1");
            assertThat(r.reply().description()).contains("101 bytes");
        });
        // the limit counts UTF-8 bytes: 'é' is two
        String accented = head + "é".repeat(30) + "\"}]";
        assertThat(accented.length()).isLessThanOrEqualTo(100);
        assertThat(small.parse(accented)).isInstanceOf(Refusal.class);
        // not JSON at all, and huge: refused unread
        assertThat(codec.parse("[".repeat(FrameCodec.DEFAULT_MAX_FRAME_BYTES + 1)))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.reply().code()).isEqualTo(ErrorCode.GenericError));
        assertThat(codec.maxFrameBytes()).isEqualTo(64 * 1024);
        assertThatThrownBy(() -> new FrameCodec(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private Frame parsed(String text) {
        ParseResult result = codec.parse(text);
        assertThat(result).isInstanceOf(Parsed.class);
        return ((Parsed) result).frame();
    }
}
