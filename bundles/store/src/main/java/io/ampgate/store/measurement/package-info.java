/**
 * Measurements: meter readings stored as a time series ({@link io.ampgate.store.measurement.Sample}),
 * rolled up into quarter-hour, hourly and daily buckets ({@link io.ampgate.store.measurement.Rollup})
 * that are kept longer than the raw samples ({@link io.ampgate.store.measurement.Retention}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.store.measurement;
