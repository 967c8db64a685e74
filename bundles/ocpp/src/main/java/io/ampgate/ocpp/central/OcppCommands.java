package io.ampgate.ocpp.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.CentralSystem;
import io.ampgate.ocpp.OcppStation;
import io.ampgate.ocpp.message.CentralSystemRequest;
import io.ampgate.ocpp.message.Messages;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shell commands for technicians: {@code ocpp:stations}, {@code ocpp:register ID},
 * {@code ocpp:security ID PROFILE [PASSWORD]} and {@code ocpp:send ID ACTION [JSON]}, which sends
 * any of the 19 central-system messages and prints the station's answer. A failure throws, which
 * {@code bin/ampgate exec} turns into exit code 1.
 */
@Component(service = OcppCommands.class, property = {
        "osgi.command.scope=ocpp",
        "osgi.command.function=stations",
        "osgi.command.function=register",
        "osgi.command.function=security",
        "osgi.command.function=send"})
public final class OcppCommands {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final CentralSystem central;

    @Activate
    public OcppCommands(@Reference CentralSystem central) {
        this.central = central;
    }

    /** Lists the stations: identity, registration, connection, boot answer, connectors, profile. */
    public String stations() {
        List<OcppStation> all = central.stations();
        if (all.isEmpty()) {
            return "no stations";
        }
        StringBuilder out = new StringBuilder(String.format("%-24s %-12s %-8s %-9s %-15s %4s %7s%n",
                "IDENTITY", "REGISTERED", "ONLINE", "BOOT", "ADDRESS", "CONN", "PROFILE"));
        for (OcppStation s : all) {
            out.append(String.format("%-24s %-12s %-8s %-9s %-15s %4d %7d%n", s.id(), s.registered() ? "yes" : "no",
                    s.connected() ? "yes" : "no", s.bootStatus().isEmpty() ? "-" : s.bootStatus(),
                    s.address().isEmpty() ? "-" : s.address(), s.connectors(), s.securityProfile()));
        }
        return out.toString().stripTrailing();
    }

    /** Registers a station: its next BootNotification is accepted. */
    public String register(String stationId) {
        central.register(stationId);
        return stationId + " registered";
    }

    /** Sets a station's security profile without changing its password. */
    public String security(String stationId, int profile) {
        central.setSecurity(stationId, profile, null);
        return stationId + ": security profile " + profile;
    }

    /** Sets a station's security profile and HTTP Basic password. */
    public String security(String stationId, int profile, String password) {
        central.setSecurity(stationId, profile, password.toCharArray());
        return stationId + ": security profile " + profile + ", password set";
    }

    /** Sends a message without payload fields (e.g. {@code ClearCache}, {@code GetLocalListVersion}). */
    public String send(String stationId, String action) throws Exception {
        return send(stationId, action, "{}");
    }

    /**
     * Sends one of the 19 central-system messages, e.g.
     * {@code ocpp:send CP001 Reset '{"type":"Soft"}'}, and prints the station's answer.
     */
    public String send(String stationId, String action, String json) throws Exception {
        Class<? extends CentralSystemRequest<?>> type = Messages.centralSystemRequestType(action).orElseThrow(() ->
                new IllegalArgumentException(action + " is not a message the central system sends; one of "
                        + String.join(", ", Messages.CORE_ACTIONS.stream().sorted()
                                .filter(a -> Messages.centralSystemRequestType(a).isPresent()).toList())));
        JsonNode payload = JSON.readTree(json);
        CentralSystemRequest<?> request;
        try {
            request = Messages.fromPayload(payload, type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid " + action + " request: " + e.getMessage(), e);
        }
        try {
            Object answer = central.send(stationId, request).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Messages.toPayload(answer));
        } catch (ExecutionException e) {
            CallFailure failure = CallFailure.of(e);
            throw new IllegalStateException(failure == null ? String.valueOf(e.getCause()) : failure.getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(stationId + " did not answer " + action + " in " + WAIT.toSeconds() + " s", e);
        }
    }
}
