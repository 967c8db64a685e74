package io.ampgate.modbus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a device is: its unit id behind a gateway, which is one Modbus TCP endpoint or one serial
 * line. Written as installers type it:
 * <ul>
 *   <li>{@code 1@172.16.0.10:502} (TCP; {@code :502} may be left out),</li>
 *   <li>{@code 3@/dev/ttyUSB0:9600:8N1} or {@code 3@COM4:19200:8E1} (RTU on a serial port: baud
 *       rate, then data bits, parity N/E/O and stop bits; {@code :9600:8N1} may be left out).</li>
 * </ul>
 *
 * @param unitId the unit (slave) id, 0 to 247 (0 only for TCP devices that ignore it)
 * @param gateway the endpoint or serial line the device is reached through
 */
public record ModbusAddress(int unitId, Gateway gateway) {

    private static final Pattern SERIAL_SETTINGS = Pattern.compile("(\\d+)(?::([5-8])([NEO])([12]))?");

    /** Checks the unit id. */
    public ModbusAddress {
        if (unitId < 0 || unitId > 247) {
            throw new IllegalArgumentException("unit id must be 0 to 247, not " + unitId);
        }
        if (gateway == null) {
            throw new IllegalArgumentException("a Modbus address needs a TCP endpoint or a serial port");
        }
    }

    /** A gateway: one TCP endpoint or one serial line, shared by every unit id behind it. */
    public sealed interface Gateway permits Tcp, Serial {
        /** @return a stable key: devices with equal keys share the gateway and are polled one at a time */
        String key();
    }

    /**
     * A Modbus TCP endpoint.
     *
     * @param host the host name or IP address
     * @param port the TCP port, 1 to 65535
     */
    public record Tcp(String host, int port) implements Gateway {
        /** Checks the fields. */
        public Tcp {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("a Modbus TCP address needs a host");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("TCP port must be 1 to 65535, not " + port);
            }
        }

        @Override
        public String key() {
            return "tcp:" + host.toLowerCase(Locale.ROOT) + ":" + port;
        }
    }

    /**
     * A serial line (Modbus RTU).
     *
     * @param port the serial device, e.g. {@code /dev/ttyUSB0} or {@code COM4}
     * @param baud the baud rate
     * @param dataBits 5 to 8
     * @param parity {@code N}, {@code E} or {@code O}
     * @param stopBits 1 or 2
     */
    public record Serial(String port, int baud, int dataBits, char parity, int stopBits) implements Gateway {
        /** Checks the fields. */
        public Serial {
            if (port == null || port.isBlank()) {
                throw new IllegalArgumentException("a serial address needs a port, e.g. /dev/ttyUSB0");
            }
            if (baud < 300 || baud > 921_600) {
                throw new IllegalArgumentException("baud rate " + baud + " is outside 300..921600");
            }
            if (dataBits < 5 || dataBits > 8 || "NEO".indexOf(parity) < 0 || stopBits < 1 || stopBits > 2) {
                throw new IllegalArgumentException("serial framing " + dataBits + parity + stopBits
                        + " is not valid: use e.g. 8N1, 8E1 or 8N2");
            }
        }

        @Override
        public String key() {
            return "serial:" + port;
        }
    }

    /**
     * Reads an address as an installer types it.
     *
     * @param text e.g. {@code 1@172.16.0.10:502} or {@code 2@/dev/ttyUSB0:9600:8N1}
     * @return the address
     * @throws IllegalArgumentException saying what is wrong and what an address looks like
     */
    public static ModbusAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        int at = t.indexOf('@');
        if (at < 1 || at == t.length() - 1) {
            throw new IllegalArgumentException("'" + t + "' is not a Modbus address: write unit@host:port (1@172.16.0.10:502)"
                    + " or unit@serialport:baud:8N1 (1@/dev/ttyUSB0:9600:8N1)");
        }
        int unit;
        try {
            unit = Integer.parseInt(t.substring(0, at));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t.substring(0, at) + "' is not a unit id (0 to 247)", e);
        }
        String rest = t.substring(at + 1);
        return new ModbusAddress(unit, serial(rest) ? parseSerial(rest) : parseTcp(rest));
    }

    private static boolean serial(String rest) {
        return rest.startsWith("/") || rest.toUpperCase(Locale.ROOT).matches("COM\\d+(:.*)?");
    }

    private static Tcp parseTcp(String rest) {
        String host = rest;
        int port = 502;
        int colon = rest.lastIndexOf(':');
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            host = rest.substring(1, close);
            colon = rest.indexOf(':', close);
        } else if (colon >= 0) {
            host = rest.substring(0, colon);
        }
        if (colon >= 0) {
            try {
                port = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + rest.substring(colon + 1) + "' is not a TCP port", e);
            }
        }
        return new Tcp(host, port);
    }

    private static Serial parseSerial(String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return new Serial(rest, 9600, 8, 'N', 1);
        }
        Matcher m = SERIAL_SETTINGS.matcher(rest.substring(colon + 1).toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + rest.substring(colon + 1) + "' is not baud:framing, e.g. 9600:8N1");
        }
        return new Serial(rest.substring(0, colon), Integer.parseInt(m.group(1)),
                m.group(2) == null ? 8 : Integer.parseInt(m.group(2)), m.group(3) == null ? 'N' : m.group(3).charAt(0),
                m.group(4) == null ? 1 : Integer.parseInt(m.group(4)));
    }

    @Override
    public String toString() {
        return unitId + "@" + switch (gateway) {
            case Tcp tcp -> (tcp.host().contains(":") ? "[" + tcp.host() + "]" : tcp.host()) + ":" + tcp.port();
            case Serial s -> s.port() + ":" + s.baud() + ":" + s.dataBits() + s.parity() + s.stopBits();
        };
    }
}
