package io.ampgate.ocpp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuthorizationKeyTest {

    @Test
    void aHexKeyMatchesItsDigitsInEitherCaseAndTheBytesTheySpell() {
        String digits = "9f3a00c1e5d27b4488aa01fe7c3b9d20e4f6a1b2"; // 20 bytes, one of them ':', one NUL
        String stored = AuthorizationKey.hash(digits);
        String bytes = new String(HexFormat.of().parseHex(digits), StandardCharsets.ISO_8859_1);

        assertThat(AuthorizationKey.matches(digits, stored)).as("a station that sends the digits").isTrue();
        assertThat(AuthorizationKey.matches(digits.toUpperCase(), stored)).isTrue();
        assertThat(AuthorizationKey.matches(bytes, stored)).as("a station that sends the bytes").isTrue();
        assertThat(AuthorizationKey.matches(digits.substring(2), stored)).isFalse();
        assertThat(AuthorizationKey.matches(null, stored)).isFalse();
    }

    @Test
    void anyOtherKeyMatchesOnlyItself() {
        String stored = AuthorizationKey.hash("Garage-Left-2026!");

        assertThat(AuthorizationKey.matches("Garage-Left-2026!", stored)).isTrue();
        assertThat(AuthorizationKey.matches("GARAGE-LEFT-2026!", stored)).isFalse();
        assertThat(AuthorizationKey.matches("Garage-Left-2026!", null)).isFalse();
    }

    @Test
    void anUnacceptableKeyIsNotHashed() {
        assertThatThrownBy(() -> AuthorizationKey.hash("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the password has 9 characters; it must have 16 to 40");
    }
}
