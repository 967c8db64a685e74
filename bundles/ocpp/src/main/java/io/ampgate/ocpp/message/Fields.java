package io.ampgate.ocpp.message;

import java.util.List;

/**
 * The checks of the records' compact constructors. A required field is one the schema lists under
 * {@code required}; primitives are required by their type, references are checked here. Each
 * failure names the field, so that a payload missing it is reported by name.
 */
final class Fields {

    private Fields() {
    }

    /** Fails when the required {@code value} is null. */
    static void required(Object value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
    }

    /** An unmodifiable copy of a required list, which has no null element. */
    static <T> List<T> requiredList(List<T> list, String field) {
        required(list, field);
        return optionalList(list, field);
    }

    /** An unmodifiable copy of an optional list (null stays null), which has no null element. */
    static <T> List<T> optionalList(List<T> list, String field) {
        if (list == null) {
            return null;
        }
        for (T element : list) {
            if (element == null) {
                throw new NullPointerException(field + " has a null element");
            }
        }
        return List.copyOf(list);
    }
}
