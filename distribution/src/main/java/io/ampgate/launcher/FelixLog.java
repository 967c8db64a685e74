package io.ampgate.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Sends the framework's own messages to java.util.logging, which pax-logging writes to the log files. */
final class FelixLog extends Logger {
    private static final System.Logger LOG = System.getLogger("org.apache.felix.framework");

    FelixLog() {
        setLogLevel(LOG_WARNING);
    }

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String text = bundle == null ? msg : msg + " [" + bundle.getSymbolicName() + "]";
        LOG.log(switch (level) {
            case LOG_ERROR -> System.Logger.Level.ERROR;
            case LOG_WARNING -> System.Logger.Level.WARNING;
            case LOG_INFO -> System.Logger.Level.INFO;
            default -> System.Logger.Level.DEBUG;
        }, text, throwable);
    }
}
