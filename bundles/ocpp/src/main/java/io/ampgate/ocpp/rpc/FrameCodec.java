package io.ampgate.ocpp.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ampgate.ocpp.rpc.Frame.Call;
import io.ampgate.ocpp.rpc.Frame.CallError;
import io.ampgate.ocpp.rpc.Frame.CallResult;
import io.ampgate.ocpp.rpc.ParseResult.Parsed;
import io.ampgate.ocpp.rpc.ParseResult.Refusal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns WebSocket text into {@link Frame}s and back (OCPP-J 1.6, section 4).
 *
 * <p>{@link #parse} never throws: whatever arrives, it returns a frame or a {@link Refusal} with
 * the CALLERROR to answer. How it decides:
 * <ul>
 * <li>a text longer than the size limit (UTF-8 bytes) is refused unread with GenericError;</li>
 * <li>not JSON, not one JSON array, duplicate keys, nesting deeper than {@value #MAX_DEPTH}, a
 *     message type that is not 2, 3 or 4, a message id that is not a string of 1 to 36
 *     characters, an action or error code that is not a string, a payload or error details that
 *     are not an object: FormationViolation (the text does not have the structure of a frame);</li>
 * <li>the right message type with too few or too many elements: ProtocolError;</li>
 * <li>a number that does not fit a double (e.g. {@code 1e400}): PropertyConstraintViolation.</li>
 * </ul>
 * When the message id cannot be read, the reply carries {@value #UNKNOWN_MESSAGE_ID}; for a text
 * that fails before the id is checked (bad JSON, too large) the codec still tries to read the id
 * from the start of the text, so that the station can match the error to its CALL.
 *
 * <p>An inbound CALLERROR whose code is not one of 1.6's is kept as GenericError, with the code
 * it had in front of its description.
 */
public final class FrameCodec {

    /** The default size limit: 64 KiB of UTF-8. */
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024;
    /** The message id of a CALLERROR answering a text whose message id could not be read. */
    public static final String UNKNOWN_MESSAGE_ID = "-1";
    /** The deepest nesting of arrays and objects a frame may have (the frame array included). */
    public static final int MAX_DEPTH = 32;

    private static final Pattern LEADING_ID =
            Pattern.compile("\\A\\s*\\[\\s*([234])\\s*,\\s*\"([^\"\\\\\\p{Cntrl}]{1,36})\"");

    private final int maxFrameBytes;
    private final ObjectMapper mapper;

    /** A codec with the default size limit. */
    public FrameCodec() {
        this(DEFAULT_MAX_FRAME_BYTES);
    }

    /** A codec that refuses texts of more than {@code maxFrameBytes} UTF-8 bytes. */
    public FrameCodec(int maxFrameBytes) {
        if (maxFrameBytes < 16) {
            throw new IllegalArgumentException("a size limit of at least 16 bytes: " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(64)
                        .maxStringLength(maxFrameBytes)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The size limit in UTF-8 bytes. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** The frame in {@code text}, or the CALLERROR to answer it with. Never throws. */
    public ParseResult parse(String text) {
        try {
            return parseChecked(text);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours or of a library must not take the connection down
            return refuse(text, ErrorCode.InternalError, "could not read the frame: " + e);
        }
    }

    private ParseResult parseChecked(String text) {
        if (text == null) {
            return refuse(null, ErrorCode.FormationViolation, "no text");
        }
        long bytes = utf8Length(text);
        if (bytes > maxFrameBytes) {
            return refuse(text, ErrorCode.GenericError,
                    "frame of " + bytes + " bytes is over the limit of " + maxFrameBytes);
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return refuse(text, ErrorCode.FormationViolation, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            return refuse(null, ErrorCode.FormationViolation, "a frame is a non-empty JSON array");
        }
        ArrayNode array = (ArrayNode) root;
        JsonNode typeNode = array.get(0);
        int type = typeNode.isIntegralNumber() && typeNode.canConvertToInt() ? typeNode.intValue() : 0;
        if (type < 2 || type > 4) {
            return refuse(null, ErrorCode.FormationViolation,
                    "unknown message type " + abbreviate(typeNode.toString()));
        }
        JsonNode idNode = array.size() > 1 ? array.get(1) : null;
        if (idNode == null || !idNode.isTextual() || idNode.textValue().isEmpty()
                || idNode.textValue().length() > Frame.MAX_MESSAGE_ID_LENGTH) {
            return new Refusal(new CallError(UNKNOWN_MESSAGE_ID, ErrorCode.FormationViolation,
                    "the message id must be a string of 1 to " + Frame.MAX_MESSAGE_ID_LENGTH
                            + " characters"), type);
        }
        String id = idNode.textValue();
        int expected = switch (type) {
            case 2 -> 4;
            case 3 -> 3;
            default -> 5;
        };
        if (array.size() != expected) {
            return new Refusal(new CallError(id, ErrorCode.ProtocolError, "message type " + type
                    + " has " + expected + " elements, not " + array.size()), type);
        }
        String badNumber = NumberCheck.firstNonFinite(array);
        if (badNumber != null) {
            return new Refusal(new CallError(id, ErrorCode.PropertyConstraintViolation,
                    "number out of range at " + badNumber), type);
        }
        return switch (type) {
            case 2 -> call(array, id);
            case 3 -> callResult(array, id);
            default -> callError(array, id);
        };
    }

    private static ParseResult call(ArrayNode array, String id) {
        JsonNode action = array.get(2);
        if (!action.isTextual() || action.textValue().isEmpty()) {
            return formation(id, 2, "the action must be a non-empty string");
        }
        if (!array.get(3).isObject()) {
            return formation(id, 2, "the payload must be a JSON object");
        }
        return new Parsed(new Call(id, action.textValue(), array.get(3)));
    }

    private static ParseResult callResult(ArrayNode array, String id) {
        if (!array.get(2).isObject()) {
            return formation(id, 3, "the payload must be a JSON object");
        }
        return new Parsed(new CallResult(id, array.get(2)));
    }

    private static ParseResult callError(ArrayNode array, String id) {
        JsonNode code = array.get(2);
        JsonNode description = array.get(3);
        JsonNode details = array.get(4);
        if (!code.isTextual() || !description.isTextual()) {
            return formation(id, 4, "the error code and description must be strings");
        }
        if (!details.isObject()) {
            return formation(id, 4, "the error details must be a JSON object");
        }
        return new Parsed(ErrorCode.fromWire(code.textValue())
                .map(known -> new CallError(id, known, description.textValue(), details))
                .orElseGet(() -> new CallError(id, ErrorCode.GenericError,
                        abbreviate(code.textValue()) + ": " + description.textValue(), details)));
    }

    /** The JSON text of {@code frame}. */
    public String serialize(Frame frame) {
        ArrayNode array = mapper.createArrayNode();
        array.add(frame.messageType());
        array.add(frame.messageId());
        switch (frame) {
            case Call call -> array.add(call.action()).add(call.payload());
            case CallResult result -> array.add(result.payload());
            case CallError error -> array.add(error.code().name()).add(error.description())
                    .add(error.details());
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static Refusal formation(String id, int type, String description) {
        return new Refusal(new CallError(id, ErrorCode.FormationViolation, description), type);
    }

    /** A refusal for a text whose structure was not read: the id comes from its start, if any. */
    private static Refusal refuse(String text, ErrorCode code, String description) {
        String id = UNKNOWN_MESSAGE_ID;
        int type = 0;
        if (text != null) {
            Matcher m = LEADING_ID.matcher(text.length() > 256 ? text.substring(0, 256) : text);
            if (m.lookingAt()) {
                type = m.group(1).charAt(0) - '0';
                id = m.group(2);
            }
        }
        return new Refusal(new CallError(id, code, abbreviate(description)), type);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
