package io.estatewatch.servicekit.error;

/** The request body is larger than the service accepts. Answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        this("The request body is larger than the limit of " + limitBytes + " bytes.", limitBytes);
    }

    public PayloadTooLargeException(String detail, long limitBytes) {
        super(detail);
        this.limitBytes = limitBytes;
    }

    /** The largest body accepted, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }
}
