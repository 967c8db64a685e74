package io.ampgate.ocpp.schema;

import static io.ampgate.ocpp.schema.PayloadValidatorTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.ocpp.rpc.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule on its own, independent of the schema library's format checks. */
class TimestampRuleTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-11-22T03:30:00Z, true",
        "2026-11-22T03:30:00.5Z, true",
        "2026-11-22T04:30:00+01:00, true",
        "2026-11-22T03:30:00-00:00, true",
        "2026-11-22T03:30:00, false",
        "2026-11-22T03:30:00+01:00:00, false",
        "2026-11-22T03:30:00+01, false",
        "2026-11-22T03:30:00z, true",
        "2026-13-01T00:00:00Z, false",
        "2026-11-22T03:30:00Z[Europe/Paris], false",
        "yesterday, false"
    })
    void instantsNeedAZone(String text, boolean valid) {
        assertThat(TimestampRule.isInstantWithZone(text)).isEqualTo(valid);
    }

    @Test
    void followsPropertiesItemsAndLocalReferences() {
        var schema = json("""
                {"definitions": {"T": {"type": "string", "format": "date-time"}},
                 "properties": {"at": {"$ref": "#/definitions/T"},
                                "list": {"items": {"properties": {"when": {"format": "date-time"}}}}}}""");
        assertThat(TimestampRule.check(schema, json("{\"at\": \"2026-11-22T03:30:00Z\"}"))).isEmpty();
        assertThat(TimestampRule.check(schema, json("{\"at\": \"2026-11-22T03:30:00\"}")))
                .get().extracting(Violation::code).isEqualTo(ErrorCode.PropertyConstraintViolation);
        assertThat(TimestampRule.check(schema,
                json("{\"list\": [{\"when\": \"2026-11-22T03:30:00Z\"}, {\"when\": \"2026-11-22T03:30:00+01\"}]}")))
                .get().extracting(Violation::description).asString().startsWith("/list/1/when");
        assertThat(TimestampRule.check(schema, json("{\"other\": \"2026-11-22T03:30:00\"}"))).isEmpty();
    }
}
