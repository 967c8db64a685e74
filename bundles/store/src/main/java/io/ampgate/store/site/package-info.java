/**
 * The site model as the operator configures it: stations with their connectors and OCPP security
 * settings, the zone tree, meters, badges and the people who charge with them, card lists, web
 * console operators, the home page layout and loose settings. Records carry the data, validated
 * when built; repositories store them and throw {@link io.ampgate.store.StoreException} when the
 * database fails and {@link java.lang.IllegalArgumentException} when the request itself is wrong
 * (unknown reference, duplicate, broken rule).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package io.ampgate.store.site;
