package io.ampgate.ocpp.central;

import io.ampgate.ocpp.server.Admission;
import io.ampgate.ocpp.server.Knock;
import io.ampgate.ocpp.server.Verdict;

/** Who may connect (placeholder until the security settings land). */
final class Admissions implements Admission {

    private final Settings settings;
    private final Registry registry;

    Admissions(Settings settings, Registry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public Verdict admit(Knock knock) {
        String id = knock.path().substring(knock.path().lastIndexOf('/') + 1);
        if (!knock.subprotocols().contains("ocpp1.6")) {
            return new Verdict.Refuse(400, "no ocpp1.6 subprotocol", null);
        }
        return new Verdict.Accept(id, "ocpp1.6");
    }

    int profileOf(String id) {
        return 0;
    }

    void setSecurity(String id, int profile, char[] password) {
        throw new UnsupportedOperationException();
    }
}
