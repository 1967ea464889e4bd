package dev.kfj.argo;

import io.fabric8.kubernetes.api.model.IntOrString;

/**
 * A numeric range that expands a task or step.
 *
 * <p>Mirrors Argo's {@code io.argoproj.workflow.v1alpha1.Sequence}. Absent scalars and
 * objects are {@code null}; collections are never null, default to empty and hold no nulls.
 *
 * @param count how many numbers
 * @param start the first number
 * @param end the last number
 * @param format a printf format
 */
public record Sequence(IntOrString count, IntOrString start, IntOrString end, String format) {}
