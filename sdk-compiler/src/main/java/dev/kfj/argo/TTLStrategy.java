package dev.kfj.argo;

/**
 * How long a finished workflow is kept.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.TTLStrategy}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param secondsAfterCompletion seconds after completion
 * @param secondsAfterSuccess seconds after success
 * @param secondsAfterFailure seconds after failure
 */
public record TTLStrategy(Integer secondsAfterCompletion, Integer secondsAfterSuccess, Integer secondsAfterFailure) {}
