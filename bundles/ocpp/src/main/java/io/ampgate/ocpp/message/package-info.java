/**
 * The OCPP 1.6 messages as Java records, for the bundles that talk to charging stations.
 *
 * <p>Every action has a request record {@code <Action>Request} and a response record
 * {@code <Action>Response}; the types they share (charging profiles, meter values, id tag
 * information) are records too, and every set of values the schemas enumerate is an enum. The
 * requests are tied to their action and response by {@link io.ampgate.ocpp.message.OcppRequest},
 * sealed into the 19 the central system sends
 * ({@link io.ampgate.ocpp.message.CentralSystemRequest}) and the 10 stations send
 * ({@link io.ampgate.ocpp.message.ChargePointRequest}).
 *
 * <p>Conventions: components carry the schema's field names in the schema's order; a primitive
 * component ({@code int}, {@code double}, {@code boolean}) is a required field, a boxed or
 * reference component an optional one unless the compact constructor requires it; lists are
 * unmodifiable copies. Timestamps are {@link java.time.Instant}s. An enum constant is the wire
 * name in Java style ({@code SuspendedEVSE} is {@code SUSPENDED_EVSE}, {@code L1-N} is
 * {@code L1_N}) and carries the wire name as a {@code @JsonProperty}. The constructors check the
 * shape only (required fields present); lengths, ranges and cross-field rules are the validator's,
 * inside the OCPP bundle. {@link io.ampgate.ocpp.message.Messages} converts records to payloads and
 * back.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.ocpp.message;
