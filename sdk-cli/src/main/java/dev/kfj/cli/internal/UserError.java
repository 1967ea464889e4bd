package dev.kfj.cli.internal;

/**
 * A problem with the user's input, reported as its message alone (no stack trace) with the exit
 * code it carries.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    /** An error with a complete, user-facing message. */
    public UserError(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The exit code the command ends with. */
    public int exitCode() {
        return exitCode;
    }
}
