package io.ampgate.simulator.modbus;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/** A minimal Modbus TCP master for the simulator's own tests: sends a PDU, returns the answer's PDU. */
final class RawMaster implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private int transaction;

    RawMaster(int port, int timeoutMillis) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(timeoutMillis);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends a PDU to a unit; returns the answer's unit id followed by its PDU. */
    byte[] send(int unit, int... pdu) throws IOException {
        transaction++;
        byte[] frame = new byte[7 + pdu.length];
        frame[0] = (byte) (transaction >> 8);
        frame[1] = (byte) transaction;
        frame[4] = (byte) ((pdu.length + 1) >> 8);
        frame[5] = (byte) (pdu.length + 1);
        frame[6] = (byte) unit;
        for (int i = 0; i < pdu.length; i++) {
            frame[7 + i] = (byte) pdu[i];
        }
        out.write(frame);
        out.flush();
        byte[] header = new byte[6];
        in.readFully(header);
        if (((header[0] & 0xFF) << 8 | (header[1] & 0xFF)) != (transaction & 0xFFFF)) {
            throw new IOException("wrong transaction id");
        }
        byte[] answer = new byte[((header[4] & 0xFF) << 8) | (header[5] & 0xFF)];
        in.readFully(answer);
        return answer;
    }

    /** Reads registers (03/04): the words. */
    int[] read(int unit, int function, int address, int count) throws IOException {
        byte[] a = send(unit, function, address >> 8, address & 0xFF, count >> 8, count & 0xFF);
        if ((a[1] & 0x80) != 0) {
            throw new IOException("exception " + a[2]);
        }
        int[] w = new int[(a[2] & 0xFF) / 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = ((a[3 + 2 * i] & 0xFF) << 8) | (a[4 + 2 * i] & 0xFF);
        }
        return w;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
