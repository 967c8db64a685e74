package io.ampgate.meter.sunspec;

/** Discovery found no usable SunSpec device; the message says what was read where. */
public final class SunSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public SunSpecException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong
     * @param cause the read that failed
     */
    public SunSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
