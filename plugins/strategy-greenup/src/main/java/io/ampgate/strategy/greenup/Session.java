package io.ampgate.strategy.greenup;

import java.time.Instant;

/**
 * What green-up remembers about the session on one connector. Mutable only inside
 * {@link GreenUpCore#step}, which works on copies; a {@link GreenUpState} never changes.
 */
public final class Session {
    String sessionId;
    final Instant connectedSince;
    Instant lastTime;
    double lastAmps;
    double deliveredAh;
    /** 0 = full current, 1 = first reduction step, 2 = second. */
    int step;
    /** Stopped by red: held at 0 A until green resumes it. */
    boolean stopped;
    /** Allowed to draw current (started in green, or found charging). */
    boolean admitted;
    /** Since when it waits to start or to resume; {@code null} while admitted. */
    Instant waitingSince;
    /** The order of its first reduction (1, 2, ...), 0 while not reduced. */
    long reducedOrder;
    /** Wait (true) or Start (false) as the operator set it for this session; {@code null}: as configured. */
    Boolean operatorWait;
    /** Priority (true) or Normal (false) as the operator set it for this session; {@code null}: as configured. */
    Boolean operatorPriority;

    Session(String sessionId, Instant connectedSince) {
        this.sessionId = sessionId;
        this.connectedSince = connectedSince;
        this.lastTime = connectedSince;
    }

    Session copy() {
        Session s = new Session(sessionId, connectedSince);
        s.lastTime = lastTime;
        s.lastAmps = lastAmps;
        s.deliveredAh = deliveredAh;
        s.step = step;
        s.stopped = stopped;
        s.admitted = admitted;
        s.waitingSince = waitingSince;
        s.reducedOrder = reducedOrder;
        s.operatorWait = operatorWait;
        s.operatorPriority = operatorPriority;
        return s;
    }

    /** @return the session id, {@code null} while the station has not given one */
    public String sessionId() {
        return sessionId;
    }

    /** @return when green-up first saw the session */
    public Instant connectedSince() {
        return connectedSince;
    }

    /** @return the charge delivered so far, Ah, from the measured currents */
    public double deliveredAh() {
        return deliveredAh;
    }

    /** @return 0 (full current), 1 or 2 (reduction step) */
    public int step() {
        return step;
    }

    /** @return whether red stopped the session */
    public boolean stopped() {
        return stopped;
    }

    /** @return whether the session may draw current */
    public boolean admitted() {
        return admitted;
    }

    /** @return since when the session waits, or {@code null} */
    public Instant waitingSince() {
        return waitingSince;
    }

    /** @return the order of the first reduction, 0 if not reduced */
    public long reducedOrder() {
        return reducedOrder;
    }

    /** @return Wait (true) or Start (false) as the operator set it for this session, or {@code null} */
    public Boolean operatorWait() {
        return operatorWait;
    }

    /** @return Priority (true) or Normal (false) as the operator set it for this session, or {@code null} */
    public Boolean operatorPriority() {
        return operatorPriority;
    }

    @Override
    public String toString() {
        return "Session[" + sessionId + ", step " + step + (stopped ? ", stopped" : "")
                + (admitted ? ", admitted" : ", waiting since " + waitingSince) + ", " + deliveredAh + " Ah]";
    }
}
