package io.ampgate.ocpp.server;

/** The central system's side of each connection: what to do with its texts and its end. */
public interface Conversations {

    /** What hears one connection. */
    interface Conversation {

        /** The station sent a text message. */
        void text(String text);

        /** The connection closed (by either side, or lost). */
        void closed(int statusCode, String reason);
    }

    /**
     * A station connected and was admitted. A previous connection of the same station has already
     * been closed when this is called.
     *
     * @param identity the station's identity
     * @param connection the connection
     * @return what hears it
     */
    Conversation opened(String identity, Connection connection);
}
