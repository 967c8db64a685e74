package io.ampgate.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Serves the gateway's Gogo shell on the Unix domain socket named by the framework property
 * {@value #SOCKET_PROPERTY}; does nothing when the property is not set.
 */
@Component(immediate = true)
public final class ShellComponent {

    public static final String SOCKET_PROPERTY = "ampgate.shell.socket";

    @Reference
    private CommandProcessor processor;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    private ShellServer server;

    @Activate
    void activate(BundleContext context) {
        String path = context.getProperty(SOCKET_PROPERTY);
        if (path == null || path.isBlank()) {
            logger.warn("Framework property {} is not set: no local shell socket", SOCKET_PROPERTY);
            return;
        }
        ShellServer candidate = new ShellServer(Path.of(path.strip()), processor, logger);
        try {
            candidate.start();
            server = candidate;
        } catch (IOException | RuntimeException e) {
            logger.error("Cannot open the shell socket {}: {}", path, e.toString(), e);
        }
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
