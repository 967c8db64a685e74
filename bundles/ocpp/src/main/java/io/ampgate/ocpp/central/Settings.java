package io.ampgate.ocpp.central;

import io.ampgate.ocpp.server.Liveness;
import io.ampgate.ocpp.server.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The central system's settings, checked: what {@link CentralSystemConfig} holds, in types.
 *
 * @param server how the station server listens
 * @param dataFolder the gateway's data folder (for a generated certificate)
 * @param keystore the configured keystore, or {@code null} to generate one
 * @param keystorePassword its password
 * @param truststore the CA certificates of station client certificates, or {@code null}
 * @param truststorePassword its password
 * @param certificateHost the host name of a generated certificate, or {@code ""} for this machine's
 * @param unknownStationProfile what an unregistered station must present (0-3), or -1 to refuse it
 * @param callTimeout how long a station has to answer
 * @param logKeptFor how long frames are kept in the message log
 * @param logPerStation how many frames per station the log keeps
 * @param manageLocalLists whether stations without a custom card list are kept on the default list
 * @param localListSync how often local lists are synced, zero for only on connect and on demand
 * @param metering what each station is asked to report in MeterValues when it is ready
 */
record Settings(ServerSettings server, Path dataFolder, Path keystore, String keystorePassword, Path truststore,
        String truststorePassword, String certificateHost, int unknownStationProfile, Duration callTimeout,
        Duration logKeptFor, int logPerStation, boolean manageLocalLists, Duration localListSync,
        MeteringSetup.Wanted metering) {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    Settings {
        if (unknownStationProfile < -1 || unknownStationProfile > 3) {
            throw new IllegalArgumentException("unknownStationProfile must be -1 to 3, not " + unknownStationProfile);
        }
        if (callTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("callTimeout must be at least 1 s");
        }
        if (logKeptFor.toDays() < 1 || logPerStation < 100) {
            throw new IllegalArgumentException("the message log keeps at least 1 day and 100 frames per station");
        }
    }

    /**
     * The settings of a configuration; relative keystore and truststore paths are taken from the
     * site folder (the data folder's parent), not from wherever the gateway was started.
     */
    static Settings of(CentralSystemConfig c, String dataFolder) {
        return of(c, dataFolder, Map.of());
    }

    /**
     * The settings of a configuration whose raw properties are {@code raw}: a password still under
     * its name from before it took its dot ({@code keystorePassword}) is used, and the log says to
     * rename it (under that name it is a service property anyone can list).
     */
    static Settings of(CentralSystemConfig c, String dataFolder, Map<String, ?> raw) {
        Path data = Path.of(dataFolder == null ? "data" : dataFolder).toAbsolutePath();
        Path site = data.getParent() == null ? data : data.getParent();
        ServerSettings server = new ServerSettings(c.host(), c.port(), c.tlsPort(), c.maxMessageBytes(),
                new Liveness(Duration.ofSeconds(c.pingInterval()), Duration.ofSeconds(c.pingTimeout())), c.maxThreads());
        return new Settings(server, data, path(site, c.keystore()),
                secret(c._keystorePassword(), raw, "keystorePassword"), path(site, c.truststore()),
                secret(c._truststorePassword(), raw, "truststorePassword"), c.certificateHost(),
                c.unknownStationProfile(), Duration.ofSeconds(c.callTimeout()), Duration.ofDays(c.logDays()),
                c.logFramesPerStation(), c.manageLocalLists(), Duration.ofSeconds(Math.max(0, c.localListSyncSeconds())),
                MeteringSetup.Wanted.of(c.meterValueSampleInterval(), c.meterValuesSampledData()));
    }

    private static String secret(String dotted, Map<String, ?> raw, String oldKey) {
        if (!dotted.isEmpty() || !(raw.get(oldKey) instanceof String old) || old.isEmpty()) {
            return dotted;
        }
        LOG.warning(() -> "conf/io.ampgate.ocpp.cfg: rename '" + oldKey + "' to '." + oldKey
                + "': without the dot the password is a service property anyone can list");
        return old;
    }

    private static Path path(Path site, String s) {
        return s == null || s.isBlank() ? null : site.resolve(s.trim());
    }
}
