package dev.kfj.processor.internal;

/**
 * The stable codes of the step processor's errors, documented in {@code docs/errors.md}; codes are
 * never reused for another meaning.
 */
public enum ProcessorCode {
    /** A step method is not static, or is private. */
    NOT_STATIC("KFJ-501"),
    /** A step parameter has a type kfj cannot carry. */
    UNSUPPORTED_INPUT("KFJ-502"),
    /** A step returns a type kfj cannot carry (or a record with such a component). */
    UNSUPPORTED_OUTPUT("KFJ-503"),
    /** Two step methods of one class share a name (overloads) or a step name. */
    DUPLICATE_STEP("KFJ-504"),
    /** The class declaring steps cannot be reached from a generated stub beside it. */
    INACCESSIBLE_CLASS("KFJ-505"),
    /** A step or output name given in {@code @JavaStep} is not a valid name. */
    INVALID_NAME("KFJ-506"),
    /** A step method declares type parameters. */
    GENERIC_STEP("KFJ-507"),
    /** Two outputs of one step share a name, or a step method's name is reserved by the stub. */
    NAME_CLASH("KFJ-508"),
    /** An artifact input type has no public constructor taking a {@code java.nio.file.Path}. */
    NO_PATH_CONSTRUCTOR("KFJ-509"),
    /** The processor itself failed: a bug in kfj, reported instead of thrown. */
    INTERNAL("KFJ-599");

    private final String code;

    ProcessorCode(String code) {
        this.code = code;
    }

    /** The printed code, e.g. {@code KFJ-502}. */
    public String code() {
        return code;
    }

    /** {@code [KFJ-502] message}. */
    public String format(String message) {
        return "[" + code + "] " + message;
    }
}
