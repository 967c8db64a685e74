package io.ampgate.ocpp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'Basic '|CP001:Garage-Left-2026!|CP001|Garage-Left-2026!",
        "'basic '|CP001:pw|CP001|pw",
        "'BASIC '|CP001:pw|CP001|pw",
        "'  Basic   '|CP001:a:b:c|CP001|a:b:c",
        "'Basic '|CP001:|CP001|''",
        "'Basic '|:secret|''|secret"})
    void readsUserAndPasswordSplitAtTheFirstColon(String scheme, String decoded, String user, String password) {
        assertThat(BasicCredentials.parse(scheme + basic(decoded) + " "))
                .contains(new BasicCredentials(user, password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic", "Basic ", "Bearer Q1AwMDE6cHc=", "BasicQ1AwMDE6cHc=",
        "Basic Q1AwMDE6c*Hc=", "Basic Q1AwMDE=", "Digest username=\"CP001\""})
    void anythingElseIsNoCredentials(String header) {
        assertThat(BasicCredentials.parse(header)).isEmpty();
        assertThat(BasicCredentials.parse(null)).isEmpty();
    }

    @Test
    void rawKeyBytesSurviveOneToOne() {
        byte[] key = {(byte) 0x9f, 0x3a, 0x00, (byte) 0xc1, (byte) 0xff, (byte) 0xfe, 0x41};
        byte[] userPass = new byte[6 + key.length];
        System.arraycopy("CP001:".getBytes(StandardCharsets.US_ASCII), 0, userPass, 0, 6);
        System.arraycopy(key, 0, userPass, 6, key.length);

        BasicCredentials credentials = BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(userPass))
                .orElseThrow();

        assertThat(credentials.password().getBytes(StandardCharsets.ISO_8859_1)).containsExactly(key);
        assertThat(credentials.toString()).doesNotContain(credentials.password()).contains("7 characters");
    }
}
