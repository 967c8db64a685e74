/**
 * The site's charging sessions as the console and the shell see them: the running sessions with
 * their live energy and current, the totals of today, this week and this month, and starting or
 * stopping a session from afar on behalf of an operator.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.core.session;
