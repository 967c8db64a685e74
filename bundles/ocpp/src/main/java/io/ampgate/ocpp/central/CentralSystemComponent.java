package io.ampgate.ocpp.central;

import io.ampgate.api.station.ChargingStation;
import io.ampgate.ocpp.CentralSystem;
import io.ampgate.ocpp.LocalListResult;
import io.ampgate.ocpp.LocalListStatus;
import io.ampgate.ocpp.LocalLists;
import io.ampgate.ocpp.OcppStation;
import io.ampgate.ocpp.message.CentralSystemRequest;
import io.ampgate.store.event.EventRepository;
import io.ampgate.store.event.OcppLogRepository;
import io.ampgate.store.session.SessionMeterValueRepository;
import io.ampgate.store.session.SessionRepository;
import io.ampgate.store.site.BadgeRepository;
import io.ampgate.store.site.CardListRepository;
import io.ampgate.store.site.StationRepository;
import io.ampgate.store.site.StationSecurityRepository;
import io.ampgate.store.site.ZoneRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The OCPP central system as an OSGi component (PID {@code io.ampgate.ocpp}): starts the station
 * server with the configured ports and publishes {@link CentralSystem} and, per registered station,
 * a {@link ChargingStation}, and {@link LocalLists}. A configuration change restarts the server (stations reconnect).
 */
@Component(service = {CentralSystem.class, LocalLists.class}, configurationPid = CentralSystemComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = CentralSystemConfig.class)
public final class CentralSystemComponent implements CentralSystem, LocalLists {

    /** The configuration PID. */
    public static final String PID = "io.ampgate.ocpp";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    private final CentralSystemService service;

    @Activate
    public CentralSystemComponent(BundleContext context, CentralSystemConfig config, Map<String, Object> properties,
            @Reference StationRepository stations, @Reference BadgeRepository badges,
            @Reference SessionRepository sessions, @Reference SessionMeterValueRepository meterValues,
            @Reference EventRepository events, @Reference OcppLogRepository ocppLog,
            @Reference ZoneRepository zones, @Reference StationSecurityRepository security,
            @Reference CardListRepository cardLists,
            @Reference io.ampgate.api.auth.Authorizer authorizer) throws Exception {
        Clock clock = Clock.systemUTC();
        Registry registry = new Registry(stations, clock);
        Notifier notifier = new Notifier(events, (topic, props) -> {
            EventAdmin admin = eventAdmin;
            if (admin != null) {
                admin.postEvent(new Event(topic, props));
            }
        }, clock);
        Policy policy = new Policy(Policy.registration(config.unknownStations()), config.heartbeatInterval());
        service = new CentralSystemService(context, Settings.of(config, context.getProperty("ampgate.data"), properties), registry,
                policy, notifier, new Authorizer(authorizer, badges), badges, sessions, meterValues, zones, security, cardLists,
                new MessageLog(ocppLog, clock, 20_000), clock);
        service.start();
    }

    @Deactivate
    void deactivate() throws Exception {
        service.stop();
    }

    @Override
    public <R> CompletionStage<R> send(String stationId, CentralSystemRequest<R> request) {
        return service.send(stationId, request);
    }

    @Override
    public List<OcppStation> stations() {
        return service.stations();
    }

    @Override
    public Optional<OcppStation> station(String stationId) {
        return service.station(stationId);
    }

    @Override
    public void register(String stationId) {
        service.register(stationId);
    }

    @Override
    public void setSecurity(String stationId, int profile, char[] password) {
        service.setSecurity(stationId, profile, password);
    }

    @Override
    public void use(Collection<String> stationIds, String cardListName) {
        service.localLists().use(stationIds, cardListName);
    }

    @Override
    public CompletionStage<LocalListResult> push(String stationId) {
        return service.localLists().push(stationId);
    }

    @Override
    public CompletionStage<LocalListResult> check(String stationId) {
        return service.localLists().check(stationId);
    }

    @Override
    public CompletionStage<LocalListResult> reset(String stationId) {
        return service.localLists().reset(stationId);
    }

    @Override
    public LocalListStatus status(String stationId) {
        return service.localLists().status(stationId);
    }

    @Override
    public List<LocalListStatus> statuses() {
        return service.localLists().statuses();
    }
}
