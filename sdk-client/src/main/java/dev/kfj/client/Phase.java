package dev.kfj.client;

import java.util.Locale;

/**
 * The phase of a workflow or of one of its nodes, as Argo reports it in {@code status.phase}.
 *
 * <p>Workflows use {@link #UNKNOWN} (not yet seen by the controller), {@link #PENDING},
 * {@link #RUNNING}, {@link #SUCCEEDED}, {@link #FAILED} and {@link #ERROR}; nodes may also be
 * {@link #SKIPPED} (their {@code when} was false) or {@link #OMITTED} (their {@code depends} was
 * false). Values Argo adds later parse as {@link #UNKNOWN}.
 */
public enum Phase {
    /** No phase yet, or one this client does not know. */
    UNKNOWN(""),
    /** Accepted, waiting to be scheduled. */
    PENDING("Pending"),
    /** At least one pod is running. */
    RUNNING("Running"),
    /** Finished and every required step succeeded. */
    SUCCEEDED("Succeeded"),
    /** A step exited non-zero, or the run was stopped or terminated. */
    FAILED("Failed"),
    /** Something other than a step's exit code went wrong (invalid spec, pod deleted, ...). */
    ERROR("Error"),
    /** A node whose {@code when} condition was false. */
    SKIPPED("Skipped"),
    /** A node whose {@code depends} condition was false. */
    OMITTED("Omitted");

    private final String wireName;

    Phase(String wireName) {
        this.wireName = wireName;
    }

    /** The name Argo uses on the wire, e.g. {@code "Succeeded"}; empty for {@link #UNKNOWN}. */
    public String wireName() {
        return wireName;
    }

    /** Whether this phase is final: nothing changes afterwards unless the run is retried. */
    public boolean completed() {
        return this == SUCCEEDED || this == FAILED || this == ERROR || this == SKIPPED || this == OMITTED;
    }

    /** The phase for Argo's wire name, case-insensitively; {@link #UNKNOWN} for anything else. */
    public static Phase parse(String wireName) {
        String wanted = wireName == null ? "" : wireName.trim().toLowerCase(Locale.ROOT);
        for (Phase phase : values()) {
            if (phase.wireName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return phase;
            }
        }
        return UNKNOWN;
    }

    /** The wire name, or {@code "Unknown"} for {@link #UNKNOWN}. */
    @Override
    public String toString() {
        return this == UNKNOWN ? "Unknown" : wireName;
    }
}
