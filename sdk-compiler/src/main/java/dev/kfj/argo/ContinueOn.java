package dev.kfj.argo;

/**
 * Which failures of a node its dependants may ignore.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.ContinueOn}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param error continue on error
 * @param failed continue on failure
 */
public record ContinueOn(Boolean error, Boolean failed) {}
