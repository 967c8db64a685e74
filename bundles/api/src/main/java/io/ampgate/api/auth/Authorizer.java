package io.ampgate.api.auth;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Decides whether badges may charge, from the site's badges, their schedules, scopes, validity and
 * energy credit. One service, registered by the core; station drivers call it for every badge a
 * station presents and for sessions it starts. Answers come from an indexed look-up and never
 * block on the network, so drivers may call it on their message threads.
 */
@ProviderType
public interface Authorizer {

    /**
     * Decides.
     *
     * @param request the badge, where, why and when
     * @return the verdict with its reason; never {@code null}
     */
    Authorization authorize(AuthorizationRequest request);
}
