package io.ampgate.ocpp.message;

/**
 * The payload of a CALL of OCPP 1.6: a request record tied to its action name and to the type of
 * its answer {@code R}, the payload of the CALLRESULT.
 *
 * <p>The two subtypes say who sends the request: {@link CentralSystemRequest} (we, to a station)
 * and {@link ChargePointRequest} (a station, to us). {@link DataTransferRequest}, which both sides
 * send, is both.
 *
 * <p>How a request knows its action and response type: one table in this package lists each request
 * type with its action name and response type, and the default methods below look the request's
 * class up there. The table's entries are built by a generic method that takes the request type as
 * a {@code Class<? extends OcppRequest<R>>} and the response type as a {@code Class<R>}, so the
 * compiler refuses an entry whose response type is not the {@code R} the record declares. Tests
 * check that the table and the {@code permits} lists of the two sealed subtypes name the same
 * records. The methods are not record components, so they never appear on the wire.
 *
 * @param <R> the response type
 */
public sealed interface OcppRequest<R> permits CentralSystemRequest, ChargePointRequest {

    /** The action name on the wire, such as {@code "BootNotification"}. */
    default String action() {
        return ActionTable.of(getClass()).action();
    }

    /** The record of the answer, for decoding the CALLRESULT's payload. */
    @SuppressWarnings("unchecked") // the table's entries are type-checked where they are built
    default Class<R> responseType() {
        return (Class<R>) ActionTable.of(getClass()).response();
    }
}
