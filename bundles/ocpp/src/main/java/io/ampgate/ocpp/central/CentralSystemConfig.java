package io.ampgate.ocpp.central;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of the OCPP central system (PID {@code io.ampgate.ocpp}). */
@ObjectClassDefinition(name = "OCPP central system",
        description = "How charging stations connect to the gateway over OCPP 1.6-J.")
public @interface CentralSystemConfig {

    @AttributeDefinition(name = "Address", description = "The network address to listen on; 0.0.0.0 for every interface.")
    String host() default "0.0.0.0";

    @AttributeDefinition(name = "ws port", description = "The port of unencrypted connections (ws://); -1 to close it.")
    int port() default 9000;

    @AttributeDefinition(name = "wss port", description = "The port of TLS connections (wss://); -1 to close it.")
    int tlsPort() default 9043;

    @AttributeDefinition(name = "Keystore", description = "A PKCS12 file with the server's key and certificate; "
            + "empty: a self-signed certificate is generated on first start in data/ocpp/.")
    String keystore() default "";

    @AttributeDefinition(name = "Keystore password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            description = "The password of the keystore; empty for the generated one. Key .keystorePassword in the "
                    + "file: a key that starts with a dot stays private (never a service property anyone can list).")
    String _keystorePassword() default "";

    @AttributeDefinition(name = "Truststore", description = "A PKCS12 file with the certificate authorities that signed "
            + "the stations' client certificates (security profile 3); empty for none.")
    String truststore() default "";

    @AttributeDefinition(name = "Truststore password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            description = "Key .truststorePassword in the file.")
    String _truststorePassword() default "";

    @AttributeDefinition(name = "Certificate host name", description = "The host name in a generated certificate; "
            + "empty for this machine's name.")
    String certificateHost() default "";

    @AttributeDefinition(name = "Unknown stations", description = "The answer to the BootNotification of a station "
            + "nobody registered yet: Pending keeps it retrying until an installer registers it.",
            options = {@Option(label = "Pending", value = "Pending"), @Option(label = "Accepted", value = "Accepted"),
                @Option(label = "Rejected", value = "Rejected")})
    String unknownStations() default "Pending";

    @AttributeDefinition(name = "Security profile of unknown stations", description = "What a station nobody "
            + "registered must present to connect: 0 nothing, 1 Basic auth, 2 TLS and Basic auth, 3 client "
            + "certificate; -1 refuses unknown stations altogether.")
    int unknownStationProfile() default 0;

    @AttributeDefinition(name = "Heartbeat interval (s)", description = "Handed to stations at boot.")
    int heartbeatInterval() default 300;

    @AttributeDefinition(name = "Ping interval (s)", description = "A silent connection is pinged after this long.")
    int pingInterval() default 30;

    @AttributeDefinition(name = "Ping timeout (s)", description = "A ping without answer after this long drops "
            + "the connection: the station is shown offline.")
    int pingTimeout() default 20;

    @AttributeDefinition(name = "Call timeout (s)", description = "How long a station has to answer a request.")
    int callTimeout() default 30;

    @AttributeDefinition(name = "Largest message (bytes)", description = "Longer messages close the connection.")
    int maxMessageBytes() default 65536;

    @AttributeDefinition(name = "Message log: days kept")
    int logDays() default 30;

    @AttributeDefinition(name = "Message log: frames kept per station")
    int logFramesPerStation() default 20000;

    @AttributeDefinition(name = "Manage local lists", description = "Keep every station's local authorization "
            + "list up to date: the site's default list (every badge) unless a custom card list is assigned. Off: "
            + "stations without a custom list keep their own list and are sent nothing.")
    boolean manageLocalLists() default true;

    @AttributeDefinition(name = "Local list sync (s)", description = "How often the gateway sends stations the "
            + "changes of their local lists (badge changes included); 0: only when a station connects or "
            + "someone asks.")
    int localListSyncSeconds() default 60;

    @AttributeDefinition(name = "Meter value interval (s)", description = "Sent to every registered station when "
            + "it boots or reconnects (MeterValueSampleInterval): how often it reports its meter values. The energy "
            + "manager sees a station's current only as often as it reports it. 0: the gateway leaves the "
            + "station's own setting.")
    int meterValueSampleInterval() default MeteringSetup.DEFAULT_INTERVAL;

    @AttributeDefinition(name = "Measurands reported", description = "Sent to every registered station when it "
            + "boots or reconnects (MeterValuesSampledData): what it reports, a comma-separated list of OCPP 1.6 "
            + "measurands (Current.Import, Power.Active.Import, Energy.Active.Import.Register, Voltage, SoC...). "
            + "Empty: the gateway leaves the station's own setting.")
    String meterValuesSampledData() default MeteringSetup.DEFAULT_MEASURANDS;

    @AttributeDefinition(name = "Server threads", description = "The most threads the station server uses.")
    int maxThreads() default 64;
}
