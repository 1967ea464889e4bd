package dev.kfj.local;

/**
 * The phase of a local run or of one of its nodes, named as Argo names them; {@link #STOPPED} is
 * the local name for a run stopped by the user (Ctrl-C) or killed, which Argo reports as a
 * {@code Failed} run with a stop message.
 */
public enum Phase {
    /** Not started yet. */
    PENDING("Pending"),
    /** Started and not finished. */
    RUNNING("Running"),
    /** Finished successfully (for a step: exit code 0 and every output collected). */
    SUCCEEDED("Succeeded"),
    /** Finished unsuccessfully: a non-zero exit code, a timeout, or a failed child. */
    FAILED("Failed"),
    /** Could not be run at all: a missing input, an unreadable output, no way to launch the step. */
    ERROR("Error"),
    /** Not run because its {@code when} condition was false. */
    SKIPPED("Skipped"),
    /** Not run because its {@code depends} expression was false. */
    OMITTED("Omitted"),
    /** The run was stopped before it finished: Ctrl-C, {@link RunHandle#cancel()}, or a killed process. */
    STOPPED("Stopped");

    private final String display;

    Phase(String display) {
        this.display = display;
    }

    /** The phase as Argo spells it, e.g. {@code Succeeded}. */
    public String display() {
        return display;
    }

    /** Whether the phase is final. */
    public boolean isDone() {
        return this != PENDING && this != RUNNING;
    }

    /** Whether the phase counts as a failure for Argo's {@code depends} and DAG rules. */
    public boolean isFailure() {
        return this == FAILED || this == ERROR || this == STOPPED;
    }

    /** The phase spelled {@code display}, ignoring case. */
    public static Phase parse(String display) {
        for (Phase p : values()) {
            if (p.display.equalsIgnoreCase(display) || p.name().equalsIgnoreCase(display)) return p;
        }
        throw new IllegalArgumentException("unknown phase '" + display + "'");
    }
}
