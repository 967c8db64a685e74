package io.ampgate.ocpp.link;

import io.ampgate.ocpp.rpc.Frame;

/** Hears every frame of a link, for the message log. Must not block. */
public interface LinkListener {

    /**
     * A frame went in or out.
     *
     * @param inbound {@code true} for a frame the station sent
     * @param frame the frame; for a text that was not a frame, {@code null}
     * @param action the action of the CALL (for an answer: of its CALL, when known), or {@code null}
     * @param text the text as it went over the wire
     */
    void frame(boolean inbound, Frame frame, String action, String text);

    /** Listens to nothing. */
    LinkListener NONE = (inbound, frame, action, text) -> { };
}
