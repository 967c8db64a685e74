package io.ampgate.store.session;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The meter values taken during sessions, many per session, kept as long as the session.
 *
 * <p>Every method throws {@link io.ampgate.store.StoreException} when the database fails and
 * {@link IllegalArgumentException} for invalid arguments.
 */
@ProviderType
public interface SessionMeterValueRepository {

    /**
     * Appends meter values, all or none, in one batch.
     *
     * @param values the values, of one or several sessions
     * @throws IllegalArgumentException if a value's session does not exist (then none is stored)
     */
    void append(List<SessionMeterValue> values);

    /**
     * The meter values of a session in time order.
     *
     * @param sessionId the session id
     * @return its values, oldest first; empty for a session without values or an unknown one
     */
    List<SessionMeterValue> list(long sessionId);
}
