/**
 * Backups of a site: one zip archive holds the database (every table as JSON lines) and the
 * configuration folder; archives are written daily and on demand and restored after validation.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.store.backup;
