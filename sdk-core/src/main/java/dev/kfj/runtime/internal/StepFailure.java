package dev.kfj.runtime.internal;

/** Why a step run failed, with the exit code to report and whether a stack trace helps. */
public final class StepFailure extends RuntimeException {
    private final int exitCode;
    private final boolean showTrace;

    /** A failure reported as one line with {@code exitCode}; {@code cause} may be null. */
    public StepFailure(int exitCode, String message, Throwable cause, boolean showTrace) {
        super(message, cause);
        this.exitCode = exitCode;
        this.showTrace = showTrace;
    }

    /** A usage failure: the arguments do not fit the method. */
    public static StepFailure usage(String message) {
        return new StepFailure(dev.kfj.runtime.StepMain.USAGE, message, null, false);
    }

    /** An input or output could not be read or written. */
    public static StepFailure io(String message, Throwable cause) {
        return new StepFailure(dev.kfj.runtime.StepMain.IO_FAILED, message, cause, true);
    }

    /** The exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** Whether the cause's stack trace goes to stderr. */
    public boolean showTrace() {
        return showTrace;
    }
}
