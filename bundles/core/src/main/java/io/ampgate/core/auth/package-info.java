/**
 * Badge authorization: the rules (a pure function over a badge and the facts of the moment) and the
 * {@link io.ampgate.api.auth.Authorizer} service built on them. Private to the bundle.
 */
package io.ampgate.core.auth;
