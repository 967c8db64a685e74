package io.ampgate.api.unit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a charging station's L1, L2, L3 terminals are connected to the site phases.
 *
 * <p>The constant's name lists the site phases wired to the station's L1, L2 and L3 terminals, in
 * that order: on an {@link #L2_L3_L1} station the station's L1 is site L2, its L2 is site L3 and its
 * L3 is site L1. Installers rotate stations so that single-phase cars, which always draw on the
 * station's L1, spread over the three site phases; load management that ignores the rotation
 * overloads one site phase.
 *
 * <p>The first three constants are the rotations the installers use (same phase order, shifted);
 * the last three are the reversed orders that OCPP 1.6 can also report ({@code RTS}, {@code SRT},
 * {@code TSR}). They matter for cars that charge on two phases.
 */
public enum PhaseRotation {
    /** Standard wiring: station L1, L2, L3 on site L1, L2, L3 (OCPP {@code RST}). */
    L1_L2_L3(Phase.L1, Phase.L2, Phase.L3, "RST"),
    /** Station L1, L2, L3 on site L2, L3, L1 (OCPP {@code STR}). */
    L2_L3_L1(Phase.L2, Phase.L3, Phase.L1, "STR"),
    /** Station L1, L2, L3 on site L3, L1, L2 (OCPP {@code TRS}). */
    L3_L1_L2(Phase.L3, Phase.L1, Phase.L2, "TRS"),
    /** Reversed order: station L1, L2, L3 on site L1, L3, L2 (OCPP {@code RTS}). */
    L1_L3_L2(Phase.L1, Phase.L3, Phase.L2, "RTS"),
    /** Reversed order: station L1, L2, L3 on site L2, L1, L3 (OCPP {@code SRT}). */
    L2_L1_L3(Phase.L2, Phase.L1, Phase.L3, "SRT"),
    /** Reversed order: station L1, L2, L3 on site L3, L2, L1 (OCPP {@code TSR}). */
    L3_L2_L1(Phase.L3, Phase.L2, Phase.L1, "TSR");

    private final Phase[] siteOf;
    private final Phase[] connectorOf = new Phase[3];
    private final String ocpp;

    PhaseRotation(Phase onL1, Phase onL2, Phase onL3, String ocpp) {
        this.siteOf = new Phase[] {onL1, onL2, onL3};
        for (Phase connectorPhase : Phase.values()) {
            connectorOf[siteOf[connectorPhase.ordinal()].ordinal()] = connectorPhase;
        }
        this.ocpp = ocpp;
    }

    /**
     * The site phase that a station terminal is connected to.
     *
     * @param connectorPhase a phase in the connector frame
     * @return the site phase it loads; e.g. {@code L2_L3_L1.sitePhase(L1) == L2}
     */
    public Phase sitePhase(Phase connectorPhase) {
        return siteOf[Objects.requireNonNull(connectorPhase, "connectorPhase").ordinal()];
    }

    /**
     * The station terminal that a site phase is connected to (the inverse of {@link #sitePhase}).
     *
     * @param sitePhase a phase in the site frame
     * @return the connector phase wired to it; e.g. {@code L2_L3_L1.connectorPhase(L2) == L1}
     */
    public Phase connectorPhase(Phase sitePhase) {
        return connectorOf[Objects.requireNonNull(sitePhase, "sitePhase").ordinal()];
    }

    /**
     * Re-indexes connector-frame values (as a station reports them) by site phase.
     *
     * @param connectorValues values per station terminal
     * @return the same values per site phase; e.g. on {@code L2_L3_L1} a single-phase car drawing
     *     16 A on the station's L1 gives {@code (0, 16, 0)}
     */
    public PhaseValues toSite(PhaseValues connectorValues) {
        Objects.requireNonNull(connectorValues, "connectorValues");
        PhaseValues site = PhaseValues.none();
        for (Phase p : Phase.values()) {
            site = site.with(sitePhase(p), connectorValues.get(p));
        }
        return site;
    }

    /**
     * Re-indexes site-frame values (e.g. a zone's headroom) by station terminal (the inverse of
     * {@link #toSite}).
     *
     * @param siteValues values per site phase
     * @return the same values per station terminal
     */
    public PhaseValues toConnector(PhaseValues siteValues) {
        Objects.requireNonNull(siteValues, "siteValues");
        PhaseValues connector = PhaseValues.none();
        for (Phase p : Phase.values()) {
            connector = connector.with(connectorPhase(p), siteValues.get(p));
        }
        return connector;
    }

    /**
     * The OCPP 1.6 notation of this rotation (configuration key {@code ConnectorPhaseRotation}).
     *
     * @return {@code RST}, {@code STR}, {@code TRS}, {@code RTS}, {@code SRT} or {@code TSR}
     */
    public String ocpp() {
        return ocpp;
    }

    /**
     * Parses the OCPP 1.6 notation ({@code RST}, {@code STR}, ..., case-insensitive).
     *
     * @param value the OCPP value, may be {@code null}
     * @return the rotation; empty for {@code null}, {@code NotApplicable}, {@code Unknown} and
     *     anything unrecognised
     */
    public static Optional<PhaseRotation> fromOcpp(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        for (PhaseRotation rotation : values()) {
            if (rotation.ocpp.equals(code)) {
                return Optional.of(rotation);
            }
        }
        return Optional.empty();
    }
}
