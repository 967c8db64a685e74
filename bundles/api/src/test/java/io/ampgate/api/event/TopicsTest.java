package io.ampgate.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TopicsTest {

    /** Event Admin topic grammar: tokens of [A-Za-z0-9_-] separated by '/'. */
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*");

    @Test
    void everyTopicIsValidAndUnderTheRoot() throws IllegalAccessException {
        List<String> topics = new ArrayList<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("PROP_")
                    && !f.getName().equals("ALL")) {
                topics.add((String) f.get(null));
            }
        }
        assertThat(topics).hasSizeGreaterThan(15).doesNotHaveDuplicates();
        assertThat(topics).allSatisfy(t -> {
            assertThat(t).matches(TOPIC);
            assertThat(t).startsWith(Topics.ROOT);
        });
        assertThat(Topics.METER_READING).isEqualTo("io/ampgate/meter/READING");
        assertThat(Topics.STATION_STATUS).isEqualTo("io/ampgate/station/STATUS");
        assertThat(Topics.EMS_DECISION).isEqualTo("io/ampgate/ems/DECISION");
    }

    @Test
    void propertyKeysAreDistinct() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field f : Topics.class.getFields()) {
            if (f.getName().startsWith("PROP_")) {
                keys.add((String) f.get(null));
            }
        }
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
        assertThat(Topics.PROP_METER_ID).isEqualTo("ampgate.meter.id");
        assertThat(Topics.PROP_STATION_ID).isEqualTo("ampgate.station.id");
        assertThat(Topics.PROP_TIMESTAMP).isEqualTo("timestamp");
    }

    @Test
    void wildcard() {
        assertThat(Topics.wildcard(Topics.STATION)).isEqualTo("io/ampgate/station/*");
        assertThat(Topics.wildcard("io/ampgate/meter/")).isEqualTo("io/ampgate/meter/*");
        assertThat(Topics.wildcard(Topics.ROOT)).isEqualTo(Topics.ALL);
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.wildcard("org/osgi/service"));
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.wildcard("io/ampgatex"));
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.wildcard(Topics.ALL));
    }
}
