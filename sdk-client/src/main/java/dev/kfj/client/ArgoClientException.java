package dev.kfj.client;

import java.util.Objects;

/**
 * A call to the Argo Server or Kubernetes failed. The message is one line meant for users; it
 * never contains the token.
 */
public final class ArgoClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final int httpStatus;

    /**
     * @param kind why the call failed
     * @param httpStatus the HTTP status the server answered, or 0 when there was no answer
     * @param message one line for users, without the token
     */
    public ArgoClientException(ErrorKind kind, int httpStatus, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
    }

    /** Why the call failed. */
    public ErrorKind kind() {
        return kind;
    }

    /** The HTTP status the server answered, or 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The stable diagnostic code of {@link #kind()}. */
    public String code() {
        return kind.code();
    }

    /** The message prefixed with its code: {@code [KFJ-603] ...}. */
    public String diagnostic() {
        return "[" + code() + "] " + getMessage();
    }
}
