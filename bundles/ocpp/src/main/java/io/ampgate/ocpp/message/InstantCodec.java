package io.ampgate.ocpp.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * OCPP timestamps as {@link Instant}s, without the JSR-310 module. Reads an ISO-8601 date-time with
 * any offset ({@code Z}, {@code +01:00}); a time without an offset is refused, since it names no
 * instant. Writes UTC with {@code Z} and at most milliseconds: sub-millisecond digits mean nothing
 * in OCPP, and some stations cannot parse them.
 */
final class InstantCodec {

    private InstantCodec() {
    }

    /** The module with the serializer and deserializer. */
    static SimpleModule module() {
        return new SimpleModule("ocpp-instant")
                .addSerializer(Instant.class, new Writer())
                .addDeserializer(Instant.class, new Reader());
    }

    /** The wire text of {@code instant}. */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The instant of an ISO-8601 date-time with an offset. */
    static Instant parse(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    private static final class Writer extends StdScalarSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeString(format(value));
        }
    }

    private static final class Reader extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser in, DeserializationContext context)
                throws IOException {
            if (!in.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, in);
            }
            String text = in.getText();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "not an ISO-8601 date-time with an offset");
            }
        }
    }
}
