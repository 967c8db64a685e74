package io.ampgate.ocpp.security;

import io.ampgate.ocpp.security.HandshakeDecision.Accept;
import io.ampgate.ocpp.security.HandshakeDecision.Refuse;
import io.ampgate.store.site.StationSecurity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a station's WebSocket upgrade is let in, before any OCPP message flows. The
 * checks, in order (DESIGN.md, with TLS before the password):
 * <ol>
 * <li>identity: the last path segment, percent-decoded, 1 to {@value #MAX_IDENTITY_LENGTH} of
 *     {@code A-Z a-z 0-9 * - _ = : + | @ .} (the OCPP security whitepaper's identifier), else 400;</li>
 * <li>subprotocol: {@value #SUBPROTOCOL} must be offered, else 400 (OCPP-J 1.6 section 3.2 lets the
 *     server refuse). Compared exactly: the station checks the answer against its offer, so
 *     another spelling could not be answered with the name OCPP-J gives;</li>
 * <li>the station's security settings: stored, else the {@link UnknownStations} policy; a refused
 *     unknown station 404; settings that cannot be read 503;</li>
 * <li>profiles 2 and 3 only over TLS, else 403: before credentials are read, so that a plain
 *     connection is never answered with a 401 inviting the station to send its password in clear
 *     text, and costs no hash;</li>
 * <li>profiles 1 and 2: HTTP Basic with user = identity and the station's password, else 401 with
 *     {@value #WWW_AUTHENTICATE}; an identity with {@code ':'} cannot log in this way;</li>
 * <li>profile 3: a client certificate (verified by TLS) whose subject CN is the identity, else 403.</li>
 * </ol>
 * Thread-safe; one password check (about 7 ms) is the only real work.
 */
public final class Handshake {
    /** The only subprotocol spoken. */
    public static final String SUBPROTOCOL = "ocpp1.6";
    /** The {@code WWW-Authenticate} header of a 401. */
    public static final String WWW_AUTHENTICATE = "Basic realm=\"OCPP\"";
    /** The longest identity. */
    public static final int MAX_IDENTITY_LENGTH = 48;

    private static final Pattern IDENTITY = Pattern.compile("[A-Za-z0-9*\\-_=:+|@.]{1," + MAX_IDENTITY_LENGTH + "}");

    /** Finds a station's stored security settings, e.g. in the store's repository. */
    @FunctionalInterface
    public interface SecurityLookup {
        /**
         * The settings of a station.
         *
         * @param identity the station's identity
         * @return its settings, or empty if the gateway has none (the unknown-station policy applies)
         */
        Optional<StationSecurity> find(String identity);
    }

    private final SecurityLookup lookup;
    private final UnknownStations unknown;

    /**
     * A handshake that reads station settings through {@code lookup}.
     *
     * @param lookup where station settings come from
     * @param unknown what to do with stations that have none
     */
    public Handshake(SecurityLookup lookup, UnknownStations unknown) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.unknown = Objects.requireNonNull(unknown, "unknown");
    }

    /**
     * Decides on one request.
     *
     * @param request what the upgrade request carries
     * @return {@link Accept} or {@link Refuse}; never throws
     */
    public HandshakeDecision decide(HandshakeRequest request) {
        Optional<String> decoded = identity(request.path());
        if (decoded.isEmpty()) {
            return refuse(400, "the path " + printable(request.path()) + " does not end in a station identity");
        }
        String identity = decoded.get();
        if (!request.subprotocols().contains(SUBPROTOCOL)) {
            return refuse(400, "station " + identity + " did not offer subprotocol " + SUBPROTOCOL + " (offered: "
                    + printable(String.join(", ", request.subprotocols())) + ")");
        }
        Optional<StationSecurity> stored;
        try {
            stored = Objects.requireNonNull(lookup.find(identity), "the lookup answered null");
        } catch (RuntimeException e) {
            return refuse(503, "the security settings of station " + identity + " could not be read: " + e.getMessage());
        }
        if (stored.isEmpty() && !unknown.accepted()) {
            return refuse(404, "station " + identity + " is unknown and unknown stations are refused");
        }
        StationSecurity security = stored.orElseGet(
                () -> new StationSecurity(identity, unknown.profile(), unknown.passwordHash()));
        int profile = security.profile();
        if (security.requiresTls() && !request.secure()) {
            return refuse(403, "station " + identity + " has security profile " + profile
                    + " and must connect with TLS; it connected without");
        }
        if (security.usesBasicAuth()) {
            Optional<String> failure = basicAuthFailure(identity, security, request.authorization());
            if (failure.isPresent()) {
                return new Refuse(401, "station " + identity + " (profile " + profile + "): " + failure.get(),
                        WWW_AUTHENTICATE);
            }
        }
        if (profile == StationSecurity.TLS_CLIENT_CERTIFICATE && !identity.equals(request.clientCertificateCn())) {
            return refuse(403, "station " + identity + " has security profile 3 and "
                    + (request.clientCertificateCn() == null ? "presented no trusted client certificate"
                            : "its certificate names " + printable(request.clientCertificateCn())));
        }
        return new Accept(identity, SUBPROTOCOL, profile);
    }

    private static Optional<String> basicAuthFailure(String identity, StationSecurity security, String header) {
        if (identity.indexOf(':') >= 0) {
            return Optional.of("its identity contains ':', which HTTP Basic authentication cannot carry");
        }
        if (header == null) {
            return Optional.of("no Authorization header");
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(header);
        if (credentials.isEmpty()) {
            return Optional.of("the Authorization header is not valid Basic credentials");
        }
        if (!credentials.get().user().equals(identity)) {
            return Optional.of("the Basic user is " + printable(credentials.get().user()) + ", not its identity");
        }
        if (security.passwordHash() == null) {
            return Optional.of("no password is set for it");
        }
        if (!AuthorizationKey.matches(credentials.get().password(), security.passwordHash())) {
            return Optional.of("wrong password");
        }
        return Optional.empty();
    }

    /** The last segment of a path, percent-decoded, if it is a valid identity. */
    static Optional<String> identity(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String segment = path.substring(path.lastIndexOf('/') + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.write(c > 0x7f ? '?' : c); // only ASCII can be valid
            } else if (i + 2 < segment.length() && HexFormat.isHexDigit(segment.charAt(i + 1))
                    && HexFormat.isHexDigit(segment.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
                i += 2;
            } else {
                return Optional.empty();
            }
        }
        String identity = bytes.toString(StandardCharsets.ISO_8859_1);
        return IDENTITY.matcher(identity).matches() ? Optional.of(identity) : Optional.empty();
    }

    private static Refuse refuse(int status, String reason) {
        return new Refuse(status, reason, null);
    }

    /** Text from the request as it may go into a log line: short, without control characters. */
    private static String printable(String text) {
        if (text == null) {
            return "(none)";
        }
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return "'" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }
}
