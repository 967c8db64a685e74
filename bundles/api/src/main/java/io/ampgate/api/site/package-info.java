/**
 * The site's electrical tree: {@link io.ampgate.api.site.Zone zones} (main board, sub-distribution
 * boards, station groups) that nest under one root, each with per-phase current limits in the site
 * frame. Every connector belongs to exactly one leaf zone.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.ampgate.api.site;
