package io.ampgate.ocpp.central;

import io.ampgate.ocpp.message.RegistrationStatus;

/**
 * The central system's answers that installers choose.
 *
 * @param unknownStations the BootNotification answer for a station nobody registered
 * @param heartbeatInterval the heartbeat interval handed out at boot, in seconds
 */
record Policy(RegistrationStatus unknownStations, int heartbeatInterval) {

    /** The setting's value ({@code Pending}, {@code Accepted}, {@code Rejected}) as a status. */
    static RegistrationStatus registration(String setting) {
        for (RegistrationStatus s : RegistrationStatus.values()) {
            if (io.ampgate.ocpp.message.Messages.wireName(s).equalsIgnoreCase(setting.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknownStations must be Pending, Accepted or Rejected, not '" + setting + "'");
    }

    Policy {
        if (heartbeatInterval < 1) {
            throw new IllegalArgumentException("heartbeat interval must be at least 1 s, not " + heartbeatInterval);
        }
    }
}
