package io.ampgate.api.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.ampgate.api.unit.PhaseValues;
import org.junit.jupiter.api.Test;

class ZoneTest {

    private static final PhaseValues LIMIT = PhaseValues.all(63);
    private static final PhaseValues FALLBACK = PhaseValues.all(32);

    @Test
    void rootAndChild() {
        Zone site = new Zone("site", null, "Main board", ZoneKind.SITE, LIMIT, "main-meter", FALLBACK);
        assertThat(site.isRoot()).isTrue();
        assertThat(site.isMetered()).isTrue();
        Zone group = new Zone("p1", "site", null, ZoneKind.GROUP, PhaseValues.all(60), null, FALLBACK);
        assertThat(group.isRoot()).isFalse();
        assertThat(group.isMetered()).isFalse();
        assertThat(group.name()).isEqualTo("p1");
    }

    @Test
    void onlyTheSiteHasNoParent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone("site", "x", "S", ZoneKind.SITE, LIMIT, null, FALLBACK));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone("p", null, "P", ZoneKind.PANEL, LIMIT, null, FALLBACK));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone("p", "p", "P", ZoneKind.PANEL, LIMIT, null, FALLBACK));
    }

    @Test
    void limitsMustBeSetAndNonNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone("s", null, "S", ZoneKind.SITE, PhaseValues.of(63, -1, 63), null, FALLBACK))
                .withMessageContaining("staticLimit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone("s", null, "S", ZoneKind.SITE, PhaseValues.of(63, Double.NaN, 63), null, FALLBACK));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone("s", null, "S", ZoneKind.SITE, LIMIT, null, PhaseValues.all(-6)))
                .withMessageContaining("fallbackLimit");
        assertThatNullPointerException()
                .isThrownBy(() -> new Zone("s", null, "S", ZoneKind.SITE, LIMIT, null, null));
        // zero is a valid limit: a zone switched off
        assertThat(new Zone("s", null, "S", ZoneKind.SITE, PhaseValues.zero(), null, PhaseValues.zero())
                .staticLimit()).isEqualTo(PhaseValues.zero());
    }

    @Test
    void idsMustNotBeBlank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone(" ", null, "S", ZoneKind.SITE, LIMIT, null, FALLBACK));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Zone("s", null, "S", ZoneKind.SITE, LIMIT, "", FALLBACK));
    }
}
