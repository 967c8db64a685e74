package io.ampgate.store.backup.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code manifest.json} of an archive: what it is, which database it came from, the tables with
 * their row counts (parents first) and the SHA-256 of every other entry.
 */
public record Manifest(String format, int formatVersion, String createdAt, String gatewayVersion, int schemaVersion,
        String dialect, Map<String, Long> tables, Map<String, String> checksums) {
    public static final String FORMAT = "ampgate-backup";
    public static final int VERSION = 1;
    public static final String ENTRY = "manifest.json";
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    public Manifest {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        checksums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checksums));
    }

    void write(OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("format", format);
            g.writeNumberField("formatVersion", formatVersion);
            g.writeStringField("createdAt", createdAt);
            g.writeStringField("gatewayVersion", gatewayVersion);
            g.writeNumberField("schemaVersion", schemaVersion);
            g.writeStringField("dialect", dialect);
            g.writeObjectFieldStart("tables");
            for (Map.Entry<String, Long> t : tables.entrySet()) {
                g.writeNumberField(t.getKey(), t.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("sha256");
            for (Map.Entry<String, String> c : checksums.entrySet()) {
                g.writeStringField(c.getKey(), c.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Reads a manifest; anything that is not one of ours is an {@link IOException} saying why. */
    static Manifest read(InputStream in) throws IOException {
        String format = null;
        String createdAt = "";
        String gatewayVersion = "";
        String dialect = "";
        int formatVersion = -1;
        int schemaVersion = -1;
        Map<String, Long> tables = new LinkedHashMap<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("manifest.json is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> format = p.getValueAsString();
                    case "formatVersion" -> formatVersion = p.getValueAsInt(-1);
                    case "createdAt" -> createdAt = p.getValueAsString("");
                    case "gatewayVersion" -> gatewayVersion = p.getValueAsString("");
                    case "schemaVersion" -> schemaVersion = p.getValueAsInt(-1);
                    case "dialect" -> dialect = p.getValueAsString("");
                    case "tables" -> {
                        expectObject(value, field);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String table = p.currentName();
                            p.nextToken();
                            tables.put(table, p.getValueAsLong(-1));
                        }
                    }
                    case "sha256" -> {
                        expectObject(value, field);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String entry = p.currentName();
                            p.nextToken();
                            checksums.put(entry, p.getValueAsString(""));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("manifest.json is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(format)) {
            throw new IOException("manifest.json is not an Ampgate backup manifest (format '" + format + "')");
        }
        if (formatVersion != VERSION) {
            throw new IOException("the archive has format version " + formatVersion + "; this gateway reads version " + VERSION);
        }
        if (schemaVersion < 0) {
            throw new IOException("manifest.json has no schema version");
        }
        return new Manifest(format, formatVersion, createdAt, gatewayVersion, schemaVersion, dialect, tables, checksums);
    }

    private static void expectObject(JsonToken token, String field) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new IOException("manifest.json: '" + field + "' is not an object");
        }
    }
}
