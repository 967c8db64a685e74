package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Converts between the records of this package and OCPP payloads (Jackson trees, as in the
 * frames), and finds the record of an inbound action.
 *
 * <p>How the conversion behaves:
 * <ul>
 * <li>the JSON fields are exactly the record components, by name; other methods of a record are
 *     never written;</li>
 * <li>null fields are left out; timestamps are written in UTC with {@code Z};</li>
 * <li>a field the record does not have is ignored when reading. Strictness is the job of
 *     {@code PayloadValidator}, which runs first on every inbound payload and answers an unknown
 *     field with the right CALLERROR; stations add vendor fields often enough that a decoder
 *     which refuses them would only add a second, less precise, way to fail;</li>
 * <li>reading is strict otherwise: a missing required field (a primitive component, or one its
 *     compact constructor requires), an unknown enum value, a number given as a string or a
 *     string as a number, a fraction for an integer field, or a timestamp without an offset
 *     is a {@link MalformedPayloadException}.</li>
 * </ul>
 */
public final class Messages {

    /**
     * The actions of the OCPP 1.6 security extension. They have schemas but no records: a
     * dispatcher knows them (to answer NotSupported rather than NotImplemented) and handles their
     * payloads as trees.
     */
    public static final Set<String> SECURITY_EXTENSION_ACTIONS = Set.of("CertificateSigned",
            "DeleteCertificate", "ExtendedTriggerMessage", "GetInstalledCertificateIds", "GetLog",
            "InstallCertificate", "LogStatusNotification", "SecurityEventNotification",
            "SignCertificate", "SignedFirmwareStatusNotification", "SignedUpdateFirmware");

    /** The 28 actions of OCPP 1.6 proper, each with a request and a response record. */
    public static final Set<String> CORE_ACTIONS = ActionTable.ENTRIES.stream()
            .map(ActionTable.Entry::action)
            .collect(Collectors.toUnmodifiableSet());

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(InstantCodec.module())
            .annotationIntrospector(new PrimitivesRequired())
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private Messages() {
    }

    /**
     * The payload of a message record (or of any record of this package).
     *
     * @throws IllegalArgumentException when {@code message} does not make a JSON object
     */
    public static JsonNode toPayload(Object message) {
        Objects.requireNonNull(message, "message");
        JsonNode payload = MAPPER.valueToTree(message);
        if (!payload.isObject()) {
            throw new IllegalArgumentException(
                    "not a message: " + message.getClass().getName() + " makes " + payload);
        }
        return payload;
    }

    /**
     * The record of type {@code type} that {@code payload} holds.
     *
     * @throws MalformedPayloadException when the payload does not make one, naming where and why
     */
    public static <T> T fromPayload(JsonNode payload, Class<T> type) {
        String name = Objects.requireNonNull(type, "type").getSimpleName();
        if (payload == null || !payload.isObject()) {
            throw new MalformedPayloadException(name, "/", "not a JSON object: " + payload, null);
        }
        try {
            return MAPPER.treeToValue(payload, type);
        } catch (JsonMappingException e) {
            String reason = e instanceof ValueInstantiationException && e.getCause() != null
                    ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new MalformedPayloadException(name, pointer(e), reason, e);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(name, "/", e.getOriginalMessage(), e);
        }
    }

    /** The record of the request a station sends as {@code action}, if it is one of the 10. */
    public static Optional<Class<? extends ChargePointRequest<?>>> chargePointRequestType(
            String action) {
        return requestType(action, ChargePointRequest.class);
    }

    /** The record of the request we send as {@code action}, if it is one of the 19. */
    public static Optional<Class<? extends CentralSystemRequest<?>>> centralSystemRequestType(
            String action) {
        return requestType(action, CentralSystemRequest.class);
    }

    @SuppressWarnings("unchecked") // a subtype of side, checked by isAssignableFrom
    private static <S> Optional<Class<? extends S>> requestType(String action, Class<?> side) {
        return ActionTable.of(action).map(ActionTable.Entry::request)
                .filter(side::isAssignableFrom)
                .map(type -> (Class<? extends S>) type);
    }

    /** The wire name of an enum constant of this package, such as "SuspendedEVSE". */
    public static String wireName(Enum<?> constant) {
        return MAPPER.valueToTree(Objects.requireNonNull(constant, "constant")).asText();
    }

    /**
     * The constant of {@code type} with the wire name {@code wireName}, such as
     * {@code ChargePointStatus.SUSPENDED_EVSE} for "SuspendedEVSE".
     *
     * @throws IllegalArgumentException when {@code type} has no constant of that wire name
     */
    public static <E extends Enum<E>> E fromWireName(Class<E> type, String wireName) {
        try {
            return MAPPER.treeToValue(TextNode.valueOf(Objects.requireNonNull(wireName)), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "'" + wireName + "' is not a wire name of " + type.getSimpleName(), e);
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            String name = step.getFieldName();
            pointer.append('/').append(name == null ? String.valueOf(step.getIndex())
                    : name.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    /** Marks every primitive constructor parameter as required: absent, it would read as 0. */
    private static final class PrimitivesRequired extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            if (member instanceof AnnotatedParameter parameter
                    && parameter.getRawType().isPrimitive()) {
                return Boolean.TRUE;
            }
            return super.hasRequiredMarker(member);
        }
    }
}
