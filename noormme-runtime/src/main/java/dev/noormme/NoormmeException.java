package dev.noormme;

/**
 * The root of every exception NOORMME throws. Unchecked; the message says what went wrong and,
 * where it can, what to do about it.
 */
public class NoormmeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoormmeException(String message) {
        super(message);
    }

    public NoormmeException(String message, Throwable cause) {
        super(message, cause);
    }
}
