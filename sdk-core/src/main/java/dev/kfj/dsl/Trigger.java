package dev.kfj.dsl;

/**
 * When a step runs, given how the steps it depends on ended. Set it with {@link Call#trigger(Trigger)}.
 */
public enum Trigger {
    /** Only when every upstream step succeeded (or was skipped by a condition). The default. */
    ALL_SUCCEEDED,
    /** When every upstream step has finished, whether it succeeded, failed or errored. */
    ALL_DONE,
    /** Only when at least one upstream step failed or errored: a clean-up or alert step. */
    ANY_FAILED
}
