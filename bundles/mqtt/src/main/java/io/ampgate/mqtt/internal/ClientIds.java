package io.ampgate.mqtt.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The site's default MQTT client id, {@code ampgate-} and 12 hex digits, made once and kept in
 * {@code data/mqtt/client-id}: stable across restarts and upgrades, and different for two gateways
 * on one broker (a host name would not be: many boxes leave it at the vendor's default).
 */
final class ClientIds {
    static final String FILE = "mqtt/client-id";

    private ClientIds() {}

    static String stable(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[6];
                new SecureRandom().nextBytes(random);
                try {
                    Files.writeString(file, "ampgate-" + HexFormat.of().formatHex(random) + "\n",
                            StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first: use theirs
                }
            }
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (id.isEmpty()) {
                throw new IllegalStateException(file + " is empty: delete it to make a new client id, or set clientId");
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the MQTT client id in " + file + ": " + e.getMessage(), e);
        }
    }
}
