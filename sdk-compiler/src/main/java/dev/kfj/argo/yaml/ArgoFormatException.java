package dev.kfj.argo.yaml;

/**
 * A YAML or JSON document that cannot be read as the requested Argo type.
 *
 * <p>The message is one line: {@code <line>:<column>: error: [KFJ-<code>] <what>}. Codes:
 * {@value #MALFORMED} (not well-formed YAML/JSON, or a value of the wrong shape),
 * {@value #UNKNOWN_FIELD} (a field Argo does not define, strict mode only),
 * {@value #UNKNOWN_KIND} (a document whose {@code kind} is not one kfj reads).
 */
public final class ArgoFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Code for a malformed document or a value of the wrong shape. */
    public static final String MALFORMED = "KFJ-801";
    /** Code for an unknown field in strict mode. */
    public static final String UNKNOWN_FIELD = "KFJ-802";
    /** Code for an unsupported {@code kind}. */
    public static final String UNKNOWN_KIND = "KFJ-803";

    private final String code;
    private final int line;
    private final int column;

    /**
     * @param code one of this class's codes
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param message what is wrong, in one line
     */
    public ArgoFormatException(String code, int line, int column, String message) {
        super(line + ":" + column + ": error: [" + code + "] " + message, null, false, false);
        this.code = code;
        this.line = line;
        this.column = column;
    }

    /** @return the stable error code, such as {@value #UNKNOWN_FIELD} */
    public String code() {
        return code;
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, or 0 when unknown */
    public int column() {
        return column;
    }
}
