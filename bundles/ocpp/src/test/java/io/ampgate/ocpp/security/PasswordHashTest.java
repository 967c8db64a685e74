package io.ampgate.ocpp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {
    private static final char[] KEY = "Garage-Left-2026!".toCharArray();

    @Test
    void aHashDescribesItselfAndVerifiesOnlyItsPassword() {
        String stored = PasswordHash.hash(KEY);

        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo(String.valueOf(PasswordHash.ITERATIONS));
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).doesNotContain(new String(KEY));

        assertThat(PasswordHash.verify(KEY, stored)).isTrue();
        assertThat(PasswordHash.verify("Garage-Left-2026?".toCharArray(), stored)).isFalse();
        assertThat(PasswordHash.verify("garage-left-2026!".toCharArray(), stored)).isFalse();
        assertThat(PasswordHash.verify(new char[0], stored)).isFalse();
        assertThat(KEY).as("the caller's array is left as it was").containsExactly("Garage-Left-2026!".toCharArray());
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(PasswordHash.hash(KEY)).isNotEqualTo(PasswordHash.hash(KEY));
    }

    @Test
    void aHashWithAnotherIterationCountStillVerifies() {
        String stored = PasswordHash.hash(KEY);
        String[] parts = stored.split("\\$");
        String cheaper = parts[0] + "$1000$" + parts[2] + "$" + parts[3];

        assertThat(PasswordHash.verify(KEY, cheaper)).as("the count is part of the hash").isFalse();
    }

    @Test
    void anEmptyPasswordCannotBeHashed() {
        assertThatThrownBy(() -> PasswordHash.hash(new char[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a password is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "pbkdf2-sha256$40000$AAAA", "pbkdf2-sha1$40000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$lots$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==", "pbkdf2-sha256$0$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$99999999$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==", "pbkdf2-sha256$40000$!!!$aGFzaGhhc2hoYXNoaGFzaA==",
        "pbkdf2-sha256$40000$c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==", "pbkdf2-sha256$40000$c2FsdHNhbHQ=$aGFzaA==",
        "pbkdf2-sha256$40000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==$extra", "pbkdf2-sha256$$$"})
    void aMalformedStoredHashIsFalseNeverAnException(String stored) {
        assertThat(PasswordHash.verify(KEY, stored)).isFalse();
        assertThat(PasswordHash.verify(KEY, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef0123456789abcdef", "Garage-Left-2026!", "ABCDEFabcdef0123456789ABCDEFabcdef012345",
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "0123456789abcdef0123456789abcdeg", "0123456789ABCDEF0123456789abcdef"})
    void acceptablePasswords(String candidate) {
        assertThat(PasswordHash.problem(candidate)).isEmpty();
    }

    static Stream<Arguments> unacceptablePasswords() {
        return Stream.of(
                Arguments.of(null, "a password is required"),
                Arguments.of("", "a password is required"),
                Arguments.of("short-pass-15ch", "the password has 15 characters; it must have 16 to 40"),
                Arguments.of("x".repeat(41), "the password has 41 characters; it must have 16 to 40"),
                Arguments.of("with a space in it", "character 5 of the password is not allowed"),
                Arguments.of("tab\there-and-more", "character 4 of the password is not allowed"),
                Arguments.of("grüne-wallbox-2026", "character 3 of the password is not allowed"),
                Arguments.of("0123456789abcdef", "hexadecimal digits only is read by stations as bytes"),
                Arguments.of("0123456789abcdef0123", "hexadecimal digits only is read by stations as bytes"),
                Arguments.of("0123456789abcdef0123456789abcdef0", "hexadecimal digits only"));
    }

    @ParameterizedTest
    @MethodSource("unacceptablePasswords")
    void unacceptablePasswordsAreExplainedWithoutRepeatingThem(String candidate, String message) {
        assertThat(PasswordHash.problem(candidate)).hasValueSatisfying(m -> {
            assertThat(m).contains(message);
            if (candidate != null && !candidate.isEmpty()) {
                assertThat(m).doesNotContain(candidate);
            }
        });
    }
}
