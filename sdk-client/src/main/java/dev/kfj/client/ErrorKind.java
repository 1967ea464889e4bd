package dev.kfj.client;

/**
 * Why a call to the cluster failed. Each kind has a stable diagnostic code, documented in
 * {@code docs/cluster.md}.
 */
public enum ErrorKind {
    /** The server could not be reached: refused, reset, unknown host, TLS handshake failed. */
    CONNECTION("KFJ-601"),
    /** The server did not answer in time. */
    TIMEOUT("KFJ-602"),
    /** 401: the token is missing, malformed or expired. */
    UNAUTHENTICATED("KFJ-603"),
    /** 403: the token is valid but not allowed to do this in this namespace. */
    FORBIDDEN("KFJ-604"),
    /** 404: no such workflow, template or namespace. */
    NOT_FOUND("KFJ-605"),
    /** 409: the name is taken, or the object changed since it was read. */
    CONFLICT("KFJ-606"),
    /** 400: the server rejected the request, usually a validation failure. */
    INVALID("KFJ-607"),
    /** 429: the server's rate limit was hit and retries ran out. */
    RATE_LIMITED("KFJ-608"),
    /** 5xx: the server failed; retries ran out or the call was not safe to repeat. */
    SERVER("KFJ-609"),
    /** An event or log stream ended with an error frame, or kept failing after reconnects. */
    STREAM("KFJ-610"),
    /** The client configuration is incomplete or contradictory. */
    CONFIG("KFJ-611"),
    /** The operation needs the Argo Server and the client talks to Kubernetes directly. */
    UNSUPPORTED("KFJ-612");

    private final String code;

    ErrorKind(String code) {
        this.code = code;
    }

    /** The stable diagnostic code, e.g. {@code KFJ-603}. */
    public String code() {
        return code;
    }
}
