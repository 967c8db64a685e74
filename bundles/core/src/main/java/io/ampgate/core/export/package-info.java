/**
 * Exports of the site's charging sessions for billing and reporting: a date range of sessions,
 * narrowed by station, connector, badge, charge user or zone, as CSV or XLSX, and one badge's
 * sessions as XLSX or PDF. Times are shown in the site's time zone.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.core.export;
