package io.ampgate.ocpp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.ocpp.security.HandshakeDecision.Accept;
import io.ampgate.ocpp.security.HandshakeDecision.Refuse;
import io.ampgate.store.site.StationSecurity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HandshakeTest {
    private static final String KEY = "Garage-Left-2026!";
    private static final String SITE_KEY = "Site-Wide-Key-0001";
    private static final String HASH = AuthorizationKey.hash(KEY);
    private static final Map<String, StationSecurity> STORED = Map.of(
            "OPEN", new StationSecurity("OPEN", 0, null),
            "BASIC", new StationSecurity("BASIC", 1, HASH),
            "TLSB", new StationSecurity("TLSB", 2, HASH),
            "CERT", new StationSecurity("CERT", 3, null),
            "NOPW", new StationSecurity("NOPW", 1, null),
            "A:B", new StationSecurity("A:B", 1, HASH));
    private static final Handshake.SecurityLookup LOOKUP = identity -> {
        if (identity.equals("DOWN")) {
            throw new IllegalStateException("database unreachable");
        }
        return Optional.ofNullable(STORED.get(identity));
    };
    private static final List<String> OCPP = List.of("ocpp1.6");

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static HandshakeRequest plain(String identity, String authorization) {
        return new HandshakeRequest("/ocpp/" + identity, OCPP, authorization, false, null);
    }

    private static HandshakeRequest tls(String identity, String authorization, String certificateCn) {
        return new HandshakeRequest("/ocpp/" + identity, OCPP, authorization, true, certificateCn);
    }

    private static HandshakeRequest offering(List<String> subprotocols) {
        return new HandshakeRequest("/ocpp/OPEN", subprotocols, null, false, null);
    }

    private static Arguments row(String name, UnknownStations unknown, HandshakeRequest request, int status, String reason) {
        return Arguments.of(name, unknown, request, status, reason);
    }

    /** Name, unknown-station policy, request, expected status (101 = accepted), a piece of the reason. */
    static Stream<Arguments> cases() {
        UnknownStations no = UnknownStations.refused();
        UnknownStations siteKey = UnknownStations.accepted(1, AuthorizationKey.hash(SITE_KEY));
        return Stream.of(
                row("no identity", no, new HandshakeRequest("/ocpp/", OCPP, null, false, null), 400, "not end in a station identity"),
                row("identity not allowed", no, plain("CP%20001", null), 400, "'/ocpp/CP%20001'"),
                row("no subprotocol", no, offering(null), 400, "offered: ''"),
                row("other subprotocols", no, offering(List.of("ocpp2.0.1", "OCPP1.6")), 400, "'ocpp2.0.1, OCPP1.6'"),
                row("ocpp1.6 among others", no, offering(List.of("ocpp2.0.1", "ocpp1.6")), 101, null),
                row("unknown refused", no, plain("NEW1", null), 404, "NEW1 is unknown"),
                row("store down", no, plain("DOWN", null), 503, "database unreachable"),
                row("profile 0 plain", no, plain("OPEN", null), 101, null),
                row("profile 0 ignores credentials", no, plain("OPEN", basic("OPEN", "whatever")), 101, null),
                row("profile 1 right password", no, plain("BASIC", basic("BASIC", KEY)), 101, null),
                row("profile 1 over TLS", no, tls("BASIC", basic("BASIC", KEY), null), 101, null),
                row("profile 1 no header", no, plain("BASIC", null), 401, "no Authorization header"),
                row("profile 1 not Basic", no, plain("BASIC", "Bearer abc"), 401, "not valid Basic credentials"),
                row("profile 1 other user", no, plain("BASIC", basic("OTHER", KEY)), 401, "user is 'OTHER'"),
                row("profile 1 wrong password", no, plain("BASIC", basic("BASIC", KEY + "x")), 401, "wrong password"),
                row("profile 1 no password set", no, plain("NOPW", basic("NOPW", KEY)), 401, "no password is set"),
                row("profile 1 identity with colon", no, plain("A:B", basic("A:B", KEY)), 401, "cannot carry"),
                row("profile 2 over TLS", no, tls("TLSB", basic("TLSB", KEY), null), 101, null),
                row("profile 2 plain, right password", no, plain("TLSB", basic("TLSB", KEY)), 403, "must connect with TLS"),
                row("profile 2 wrong password", no, tls("TLSB", basic("TLSB", "nope"), null), 401, "wrong password"),
                row("profile 3 certificate", no, tls("CERT", null, "CERT"), 101, null),
                row("profile 3 plain", no, plain("CERT", null), 403, "must connect with TLS"),
                row("profile 3 no certificate", no, tls("CERT", basic("CERT", KEY), null), 403, "no trusted client certificate"),
                row("profile 3 other certificate", no, tls("CERT", null, "OTHER"), 403, "its certificate names 'OTHER'"),
                row("profile 3 certificate case", no, tls("CERT", null, "cert"), 403, "names 'cert'"),
                row("unknown as profile 0", UnknownStations.accepted(0, null), plain("NEW1", null), 101, null),
                row("unknown as profile 1", siteKey, plain("NEW1", basic("NEW1", SITE_KEY)), 101, null),
                row("unknown as profile 1, wrong", siteKey, plain("NEW1", basic("NEW1", KEY)), 401, "wrong password"),
                row("unknown, no site key", UnknownStations.accepted(1, null), plain("NEW1", basic("NEW1", KEY)), 401,
                        "no password is set"),
                row("unknown as profile 2, plain", UnknownStations.accepted(2, null), plain("NEW1", null), 403, "with TLS"),
                row("unknown as profile 3", UnknownStations.accepted(3, null), tls("NEW1", null, "NEW1"), 101, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, UnknownStations unknown, HandshakeRequest request, int status, String reason) {
        HandshakeDecision decision = new Handshake(LOOKUP, unknown).decide(request);

        if (status == 101) {
            assertThat(decision).isInstanceOf(Accept.class);
            String identity = request.path().substring("/ocpp/".length());
            int profile = STORED.containsKey(identity) ? STORED.get(identity).profile() : unknown.profile();
            assertThat(decision).isEqualTo(new Accept(identity, "ocpp1.6", profile));
            return;
        }
        assertThat(decision).isInstanceOfSatisfying(Refuse.class, r -> {
            assertThat(r.status()).isEqualTo(status);
            assertThat(r.reason()).contains(reason).doesNotContain(KEY);
            assertThat(r.wwwAuthenticate()).isEqualTo(status == 401 ? "Basic realm=\"OCPP\"" : null);
        });
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "/ocpp/CP001, CP001",
        "/CP001, CP001",
        "CP001, CP001",
        "ws/x/y/CP001, CP001",
        "/ocpp/CP%30%30%31, CP001",
        "/ocpp/CP%3a1, CP:1",
        "/ocpp/a*-_=:+|@.Z9, a*-_=:+|@.Z9",
        "/ocpp/, null",
        "/ocpp/CP001/, null",
        "/ocpp/CP 1, null",
        "/ocpp/CP%2F1, null",
        "/ocpp/CP%2, null",
        "/ocpp/CP%zz1, null",
        "/ocpp/CP%, null",
        "/ocpp/CPé, null",
        "/ocpp/CP%C3%A9, null",
        "/ocpp/CP001?x=1, null",
        "/ocpp/CP#1, null",
        "null, null"})
    void theIdentityIsTheLastPathSegmentDecoded(String path, String identity) {
        assertThat(Handshake.identity(path)).isEqualTo(Optional.ofNullable(identity));
    }

    @Test
    void identitiesHaveAtMost48Characters() {
        assertThat(Handshake.identity("/ocpp/" + "A".repeat(48))).contains("A".repeat(48));
        assertThat(Handshake.identity("/ocpp/" + "A".repeat(49))).isEmpty();
    }

    @Test
    void aLookupThatAnswersNullIsAFailingStore() {
        HandshakeDecision decision = new Handshake(identity -> null, UnknownStations.refused()).decide(plain("OPEN", null));

        assertThat(decision).isInstanceOfSatisfying(Refuse.class, r -> assertThat(r.status()).isEqualTo(503));
    }

    @Test
    void anUnknownStationPolicyNeedsAProfileAndNoBlankHash() {
        assertThatThrownBy(() -> UnknownStations.accepted(4, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the security profile of unknown stations must be 0 to 3, not 4");
        assertThatThrownBy(() -> UnknownStations.accepted(1, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void aRequestNeverShowsItsAuthorizationHeader() {
        assertThat(plain("BASIC", basic("BASIC", KEY)).toString()).contains("authorization=present")
                .doesNotContain(basic("BASIC", KEY).substring(6));
    }
}
